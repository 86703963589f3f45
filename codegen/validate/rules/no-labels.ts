import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noLabels: ValidationRule = {
  name: 'no-labels',
  kinds: [ts.SyntaxKind.LabeledStatement],
  check: (node, v) => v.diagnostics.report(node, 'PSC1023'),
};
