/**
 * The pipeline: load (ts-morph) -> validate -> lower -> link -> print. `compile` turns entry files
 * into PowerShell text units; emit/ wraps units into the module files or standalone scripts.
 */
import { ts } from 'ts-morph';
import path from 'node:path';
import { DiagnosticBag, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadProgram, isHostFile, type LoadedProgram } from './load/program.js';
import { validateFile } from './validate/index.js';
import { LoweringContext, type Usage } from './lower/context.js';
import { lowerFile, type LoweredFile } from './lower/file.js';
import { NameScope } from './lower/naming.js';
import { analyzeCallGraph } from './lower/call-graph.js';
import type { FunctionDef, Stmt } from './ps-ast/nodes.js';

export interface LinkedUnit {
  entry: string;
  /** Files in dependency order (dependencies first). */
  files: LoweredFile[];
  functions: FunctionDef[];
  initializers: Stmt[];
  helpers: string[];
  primitives: string[];
  /** Functions compiled code calls through bound delegates (ps.call) -> their arity. */
  bound: Map<string, number>;
  /** Exported function names of the entry file -> their PowerShell names. */
  exports: Map<string, string>;
}

export interface CompileResult {
  diagnostics: Diagnostic[];
  units: LinkedUnit[];
  program: LoadedProgram;
}

export function compile(repoRoot: string, entries: string[]): CompileResult {
  const loaded = loadProgram(repoRoot, entries);
  const { checker, program } = loaded;
  const bag = new DiagnosticBag(loaded.relative);
  const compiledSet = new Set(loaded.compiledFiles);

  // TypeScript's own errors first: a program that does not type-check cannot be lowered by type.
  for (const sf of loaded.compiledFiles) {
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
      bag.reportAt(loaded.relative(sf.fileName), pos.line + 1, pos.character + 1, 'PSC1000', String(d.code), ts.flattenDiagnosticMessageText(d.messageText, ' '));
    }
  }

  const isAllowedImport = (_importer: ts.SourceFile, target: ts.SourceFile | undefined) =>
    !!target && (compiledSet.has(target) || isHostFile(target.fileName, repoRoot));
  for (const sf of loaded.compiledFiles) validateFile(sf, { checker, diagnostics: bag, isAllowedImport });

  // Program-wide names: module-level variables (script scope) and functions.
  const moduleNames = new Map<ts.Node, string>();
  const moduleScope = new NameScope();
  for (const sf of loaded.compiledFiles) {
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) moduleNames.set(d, moduleScope.nameFor(d, d.name.text));
    }
  }
  const functionNames = new NameScope();
  const callGraph = analyzeCallGraph(loaded.compiledFiles, checker);

  const lowered = new Map<ts.SourceFile, { file: LoweredFile; usage: Usage }>();
  for (const sf of loaded.compiledFiles) {
    const usage: Usage = { helpers: new Set(), primitives: new Set(), bound: new Map() };
    const ctx = new LoweringContext(checker, bag, usage, moduleNames, functionNames, (f) => compiledSet.has(f), callGraph);
    lowered.set(sf, { file: lowerFile(sf, ctx, loaded.relative(sf.fileName)), usage });
  }

  const units = entries.map((entry) => {
    const sf = program.getSourceFile(path.resolve(entry));
    if (!sf) throw new Error(`internal: entry ${entry} not loaded`);
    return link(sf, loaded, lowered, compiledSet);
  });
  return { diagnostics: bag.sorted(), units, program: loaded };
}

function importsOf(sf: ts.SourceFile, checker: ts.TypeChecker, compiled: Set<ts.SourceFile>): ts.SourceFile[] {
  const out: ts.SourceFile[] = [];
  for (const st of sf.statements) {
    if ((!ts.isImportDeclaration(st) && !ts.isExportDeclaration(st)) || !st.moduleSpecifier) continue;
    const sym = checker.getSymbolAtLocation(st.moduleSpecifier);
    const target = sym?.valueDeclaration;
    if (target && ts.isSourceFile(target) && compiled.has(target)) out.push(target);
  }
  return out;
}

function link(
  entry: ts.SourceFile,
  loaded: LoadedProgram,
  lowered: Map<ts.SourceFile, { file: LoweredFile; usage: Usage }>,
  compiled: Set<ts.SourceFile>,
): LinkedUnit {
  const order: ts.SourceFile[] = [];
  const visiting = new Set<ts.SourceFile>();
  const visit = (sf: ts.SourceFile) => {
    if (visiting.has(sf)) return;
    visiting.add(sf);
    for (const dep of importsOf(sf, loaded.checker, compiled)) visit(dep);
    order.push(sf);
  };
  visit(entry);
  const helpers = new Set<string>();
  const primitives = new Set<string>();
  const bound = new Map<string, number>();
  const files: LoweredFile[] = [];
  for (const sf of order) {
    const l = lowered.get(sf);
    if (!l) continue;
    files.push(l.file);
    l.usage.helpers.forEach((h) => helpers.add(h));
    l.usage.primitives.forEach((p) => primitives.add(p));
    l.usage.bound.forEach((arity, name) => bound.set(name, arity));
  }
  const exports = lowered.get(entry)?.file.functionNames ?? new Map<string, string>();
  return {
    entry: entry.fileName,
    files,
    functions: files.flatMap((f) => f.functions),
    initializers: files.flatMap((f) => f.initializers),
    helpers: [...helpers].sort(),
    primitives: [...primitives].sort(),
    bound,
    exports,
  };
}
