import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

/** Core imports only core files and src/host; a Node module would not exist in PowerShell. */
export const importSources: ValidationRule = {
  name: 'import-sources',
  kinds: [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.ExportDeclaration],
  check: (node, v) => {
    const decl = node as ts.ImportDeclaration | ts.ExportDeclaration;
    const spec = decl.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) return;
    const sf = node.getSourceFile();
    const sym = v.checker.getSymbolAtLocation(spec);
    const target = sym?.valueDeclaration && ts.isSourceFile(sym.valueDeclaration) ? sym.valueDeclaration : undefined;
    if (!v.isAllowedImport(sf, target, spec.text)) v.diagnostics.report(spec, 'PSC1030', spec.text);
  },
};
