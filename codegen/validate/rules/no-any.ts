import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

/** An explicit `any`; implicit any is already a TypeScript error under strict. */
export const noAny: ValidationRule = {
  name: 'no-any',
  kinds: [ts.SyntaxKind.AnyKeyword],
  check: (node, v) => v.diagnostics.report(node, 'PSC1006'),
};
