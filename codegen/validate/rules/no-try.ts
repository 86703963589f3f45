import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noTry: ValidationRule = {
  name: 'no-try',
  kinds: [ts.SyntaxKind.TryStatement],
  check: (node, v) => v.diagnostics.report(node, 'PSC1011'),
};
