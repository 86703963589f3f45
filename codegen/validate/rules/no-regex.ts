import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noRegex: ValidationRule = {
  name: 'no-regex',
  kinds: [ts.SyntaxKind.RegularExpressionLiteral],
  check: (node, v) => v.diagnostics.report(node, 'PSC1005'),
};
