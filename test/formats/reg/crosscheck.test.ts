/**
 * Both engines (issue 4 items 1, 2, 9): every corpus file read, applied and written by the reader
 * and writer in Node and, compiled, in pwsh (one runBoth call: one compiler program, one pwsh
 * session). The JSON must be identical: the parsed lines, the snapshot with data as hex, the
 * normalized key paths, the SHA-256 of the written file, and for bad inputs the error message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runBoth, type RunBothOutcome } from '../../../codegen/run-both/harness.js';

const CORPUS = path.resolve(__dirname, 'corpus');
const SNIPPETS = path.resolve(__dirname, 'snippets');
/** Snippet modules that are not one-corpus-file cases. */
const HELPERS = new Set(['reg-case.ts', 'fuzz-gen.ts']);

const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.reg')).sort();
const snippets = readdirSync(SNIPPETS).filter((f) => f.endsWith('.ts') && !HELPERS.has(f)).sort();
const outcomes = new Map<string, RunBothOutcome>();
let seconds = 0;

beforeAll(async () => {
  const started = Date.now();
  const results = await runBoth(snippets.map((s) => path.join(SNIPPETS, s)));
  seconds = (Date.now() - started) / 1000;
  for (const o of results) outcomes.set(path.basename(o.file), o);
}, 900_000);

function snippetFor(file: string): string {
  return `${file.slice(0, -4)}.ts`;
}

describe('.reg cross-check: Node and PowerShell give identical JSON', () => {
  it('has one snippet for every corpus file and no other', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(37);
    expect(corpus.map(snippetFor)).toEqual(snippets);
    console.log(`.reg cross-check: ${snippets.length} corpus files in one runBoth call, ${seconds.toFixed(1)} s`);
  });

  it.each(snippets)('%s', (snippet) => {
    const o = outcomes.get(snippet);
    expect(o, 'no outcome').toBeDefined();
    expect(o!.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(o!.ps).toEqual(o!.node);
    expect(o!.equal).toBe(true);
  });

  it.each(corpus)('%s: the expected outcome in both engines', (file) => {
    const o = outcomes.get(snippetFor(file))!;
    const node = o.node as Record<string, unknown>;
    if (file.startsWith('bad-')) {
      expect(String(node.$error)).toMatch(new RegExp(`^${file.slice(4, 11)}: line \\d+: `));
    } else {
      expect(node.$error).toBeUndefined();
      expect(node.roundTrip).toBe(file.startsWith('handcrafted-') || file.startsWith('wine-') || file === 'reader-offline-hive.reg');
    }
  });
});
