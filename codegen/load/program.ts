/**
 * Load: a ts-morph project over the entry files and everything they import, type-checked with the
 * same strict options as the repository.
 */
import { Project, ts } from 'ts-morph';
import path from 'node:path';

export interface LoadedProgram {
  project: Project;
  program: ts.Program;
  checker: ts.TypeChecker;
  repoRoot: string;
  /** Source files whose declarations are compiled (entries, core files; not src/host, not .d.ts). */
  compiledFiles: ts.SourceFile[];
  relative(fileName: string): string;
}

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  noEmit: true,
  skipLibCheck: true,
};

export function isHostFile(fileName: string, repoRoot: string): boolean {
  const rel = path.relative(repoRoot, fileName).split(path.sep).join('/');
  return rel.startsWith('src/host/');
}

export function loadProgram(repoRoot: string, entries: string[]): LoadedProgram {
  const project = new Project({ compilerOptions: COMPILER_OPTIONS, skipAddingFilesFromTsConfig: true });
  for (const e of entries) project.addSourceFileAtPath(path.resolve(e));
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const checker = program.getTypeChecker();
  const compiledFiles = program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && !isHostFile(sf.fileName, repoRoot));
  return {
    project,
    program,
    checker,
    repoRoot,
    compiledFiles,
    relative: (f) => path.relative(repoRoot, f).split(path.sep).join('/'),
  };
}
