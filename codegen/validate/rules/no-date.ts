import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

/** The global `Date` (a local named Date is fine): core asks the host for the time. */
export const noDate: ValidationRule = {
  name: 'no-date',
  kinds: [ts.SyntaxKind.Identifier],
  check: (node, v) => {
    const id = node as ts.Identifier;
    if (id.text !== 'Date') return;
    const p = id.parent;
    if (ts.isTypeReferenceNode(p) || (ts.isPropertyAccessExpression(p) && p.name === id)) return;
    if (ts.isNewExpression(p) && p.expression === id) {
      v.diagnostics.report(p, 'PSC1008');
      return;
    }
    const sym = v.checker.getSymbolAtLocation(id);
    const decl = sym?.declarations?.[0];
    if (!decl || decl.getSourceFile().isDeclarationFile) v.diagnostics.report(ts.isPropertyAccessExpression(p) ? p : id, 'PSC1008');
  },
};
