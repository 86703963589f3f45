import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noEnum: ValidationRule = {
  name: 'no-enum',
  kinds: [ts.SyntaxKind.EnumDeclaration],
  check: (node, v) => v.diagnostics.report(node, 'PSC1036'),
};
