import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noGenerator: ValidationRule = {
  name: 'no-generator',
  kinds: [ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.YieldExpression],
  check: (node, v) => {
    if (ts.isYieldExpression(node)) v.diagnostics.report(node, 'PSC1004');
    else if ((node as ts.FunctionLikeDeclarationBase).asteriskToken) v.diagnostics.report(node, 'PSC1004');
  },
};
