import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noAccessors: ValidationRule = {
  name: 'no-accessors',
  kinds: [ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor],
  check: (node, v) => v.diagnostics.report(node, 'PSC1010'),
};
