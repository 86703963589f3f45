import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noClass: ValidationRule = {
  name: 'no-class',
  kinds: [ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ClassExpression],
  check: (node, v) => v.diagnostics.report(node, 'PSC1002'),
};
