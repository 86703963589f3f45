import type { ts } from 'ts-morph';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';

export interface ValidationContext {
  checker: ts.TypeChecker;
  diagnostics: DiagnosticBag;
  /** True when a source file is compiled (core or snippet) or is an allowed host file. */
  isAllowedImport: (importer: ts.SourceFile, resolved: ts.SourceFile | undefined, specifier: string) => boolean;
}

/** One validation rule: the syntax kinds it looks at and the check it runs on each. */
export interface ValidationRule {
  name: string;
  kinds: ts.SyntaxKind[];
  check(node: ts.Node, v: ValidationContext): void;
}
