import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

/** `typeof x` as a value (a `typeof x` type query is fine: types are erased). */
export const noTypeof: ValidationRule = {
  name: 'no-typeof',
  kinds: [ts.SyntaxKind.TypeOfExpression],
  check: (node, v) => v.diagnostics.report(node, 'PSC1029'),
};
