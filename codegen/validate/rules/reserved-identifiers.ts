import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

/** Names starting with `__` belong to the compiler's runtime helpers and temporaries. */
export const reservedIdentifiers: ValidationRule = {
  name: 'reserved-identifiers',
  kinds: [ts.SyntaxKind.Identifier],
  check: (node, v) => {
    const id = node as ts.Identifier;
    if (!id.text.startsWith('__')) return;
    const p = id.parent;
    const isDeclarationName =
      ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id);
    if (isDeclarationName) v.diagnostics.report(id, 'PSC1032', id.text);
  },
};
