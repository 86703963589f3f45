/**
 * The PowerShell runtime helpers (hand-written, one function per `<name>.ps1` in this folder).
 *
 * The compiler emits calls to these helpers where PowerShell semantics differ from JavaScript and
 * links into its output only the helpers a program uses plus their dependencies:
 *
 *     for (const name of helperClosure(used)) out.push(helperSource(name));
 *
 * Each file starts with `# <one-line purpose>` and, when it calls other helpers, `# requires: __a, __b`.
 * The table is read from the folder, so adding a file is all it takes to add a helper;
 * test/runtime/runtime-vs-node.test.ts checks the folder's invariants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RuntimeHelper {
  /** Absolute path of the helper's .ps1 file. */
  file: string;
  /** Names of the helpers this one calls (from its `# requires:` line), sorted. */
  requires: string[];
  /** The one-line purpose (first comment line). */
  purpose: string;
  /** How many parameters its `param(...)` declares (the arity of its bound delegate). */
  arity: number;
}

/** The number of parameters of a helper: its first `param(...)`, which helpers keep on one line. */
function parameterCount(source: string): number {
  const m = /^\s*param\(([^)]*)\)/m.exec(source);
  if (!m) return 0;
  return m[1].split(',').filter((p) => p.trim().length > 0).length;
}

/** The folder holding the helper files. */
export const runtimeDir: string = path.dirname(fileURLToPath(import.meta.url));

const HELPER_FILE = /^__[A-Za-z0-9]+\.ps1$/;

function readHelpers(): Record<string, RuntimeHelper> {
  const table: Record<string, RuntimeHelper> = {};
  for (const entry of readdirSync(runtimeDir).sort()) {
    if (!HELPER_FILE.test(entry)) continue;
    const file = path.join(runtimeDir, entry);
    const source = readFileSync(file, 'utf8');
    const lines = source.split(/\r?\n/);
    const purpose = (lines[0] ?? '').replace(/^#\s*/, '');
    const req = /^#\s*requires:\s*(.*)$/.exec(lines[1] ?? '');
    const requires = req
      ? req[1]
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0)
          .sort()
      : [];
    table[entry.slice(0, -'.ps1'.length)] = { file, requires, purpose, arity: parameterCount(source) };
  }
  return table;
}

/** Every helper by function name (= file name without .ps1). */
export const runtimeHelpers: Record<string, RuntimeHelper> = readHelpers();

/**
 * The given helpers plus everything they require, transitively, each once: dependencies before the
 * helpers that need them, otherwise alphabetical (ordinal). Throws on an unknown name or a cycle.
 */
export function helperClosure(names: Iterable<string>): string[] {
  const wanted = new Set<string>();
  const visit = (name: string, from?: string): void => {
    if (wanted.has(name)) return;
    const helper = runtimeHelpers[name];
    if (!helper) {
      throw new Error(`Unknown runtime helper '${name}'${from ? ` (required by ${from})` : ''}`);
    }
    wanted.add(name);
    for (const r of helper.requires) visit(r, name);
  };
  for (const n of names) visit(n);

  const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const done = new Set<string>();
  const result: string[] = [];
  const pending = [...wanted].sort(ordinal);
  while (pending.length > 0) {
    const i = pending.findIndex((n) => runtimeHelpers[n].requires.every((r) => done.has(r)));
    if (i < 0) throw new Error(`Cyclic runtime helper requirements among: ${pending.join(', ')}`);
    const [next] = pending.splice(i, 1);
    done.add(next);
    result.push(next);
  }
  return result;
}

/** The text of a helper's .ps1 file (LF line endings). */
export function helperSource(name: string): string {
  const helper = runtimeHelpers[name];
  if (!helper) throw new Error(`Unknown runtime helper '${name}'`);
  return readFileSync(helper.file, 'utf8').replace(/\r\n/g, '\n');
}
