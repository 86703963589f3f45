import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noAsync: ValidationRule = {
  name: 'no-async',
  kinds: [ts.SyntaxKind.AsyncKeyword, ts.SyntaxKind.AwaitExpression],
  check: (node, v) => v.diagnostics.report(ts.isAwaitExpression(node) ? node : node.parent, 'PSC1003'),
};
