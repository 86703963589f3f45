import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noForIn: ValidationRule = {
  name: 'no-for-in',
  kinds: [ts.SyntaxKind.ForInStatement],
  check: (node, v) => v.diagnostics.report(node, 'PSC1007'),
};
