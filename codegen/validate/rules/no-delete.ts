import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noDelete: ValidationRule = {
  name: 'no-delete',
  kinds: [ts.SyntaxKind.DeleteExpression],
  check: (node, v) => v.diagnostics.report(node, 'PSC1024'),
};
