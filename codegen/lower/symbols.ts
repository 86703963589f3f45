/** What an identifier refers to, through import aliases: shared by the lowering and the call graph. */
import { ts } from 'ts-morph';

export function symbolOf(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  let sym = checker.getSymbolAtLocation(node);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return sym;
}

export function declarationOf(checker: ts.TypeChecker, node: ts.Node): ts.Declaration | undefined {
  const sym = symbolOf(checker, node);
  return sym?.valueDeclaration ?? sym?.declarations?.[0];
}
