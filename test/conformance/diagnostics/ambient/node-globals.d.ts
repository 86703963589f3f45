// Declarations only (not a diagnostic snippet): the Node globals and modules that some diagnostics snippets
// misuse, so the snippets type-check under the compiler's own options (lib es2022, no @types). Only bare module
// names ('fs', 'path'), never the 'node:' ones src/host/node uses, so nothing here can shadow real Node types. Pulled in with
// `/// <reference path="./ambient/node-globals.d.ts" />`.
declare const console: { log(...values: string[]): void };
declare function setTimeout(callback: () => void, ms: number): number;
declare const process: { cwd(): string };
declare module 'fs' {
  export function existsSync(path: string): boolean;
}
declare module 'path' {
  export function join(...parts: string[]): string;
}
