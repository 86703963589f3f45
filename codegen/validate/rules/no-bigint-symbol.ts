import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noBigintSymbol: ValidationRule = {
  name: 'no-bigint-symbol',
  kinds: [ts.SyntaxKind.BigIntLiteral, ts.SyntaxKind.BigIntKeyword, ts.SyntaxKind.SymbolKeyword, ts.SyntaxKind.Identifier],
  check: (node, v) => {
    if (ts.isIdentifier(node)) {
      if ((node.text === 'Symbol' || node.text === 'BigInt') && !ts.isTypeReferenceNode(node.parent)) {
        const decl = v.checker.getSymbolAtLocation(node)?.declarations?.[0];
        if (!decl || decl.getSourceFile().isDeclarationFile) v.diagnostics.report(node, 'PSC1031');
      }
      return;
    }
    v.diagnostics.report(node, 'PSC1031');
  },
};
