/**
 * Cross-check: every file of the netsh corpus read by the reader in Node and, compiled, in pwsh
 * (one runBoth call: one compiler program, one pwsh session). Both engines must give identical
 * JSON, including the errors of the garbage files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runBoth, type RunBothOutcome } from '../../../codegen/run-both/harness.js';
import { host } from '../../../src/host/host.js';
import { readNetshCatalog } from '../../../src/core/formats/netsh/reader.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures/netsh');
const SNIPPETS = path.resolve(__dirname, 'snippets');
/** Snippet modules that are not one-fixture cross-check cases. */
const HELPERS = new Set(['fixture.ts', 'fuzz-gen.ts', 'fuzz-batch.ts']);

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const snippets = readdirSync(SNIPPETS).filter((f) => f.endsWith('.ts') && !HELPERS.has(f)).sort();
const outcomes = new Map<string, RunBothOutcome>();
let seconds = 0;

beforeAll(async () => {
  const started = Date.now();
  const results = await runBoth(snippets.map((s) => path.join(SNIPPETS, s)));
  seconds = (Date.now() - started) / 1000;
  for (const o of results) outcomes.set(path.basename(o.file), o);
}, 600_000);

/** The snippet that reads a fixture (dots in the name become dashes). */
function snippetFor(fixture: string): string {
  return fixture.slice(0, -4).replaceAll('.', '-') + '.ts';
}

describe('netsh cross-check: Node and PowerShell give identical JSON', () => {
  it('has one snippet for every corpus file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    expect(fixtures.map(snippetFor).filter((s) => !snippets.includes(s))).toEqual([]);
    console.log(`netsh cross-check: ${snippets.length} snippets in one runBoth call, ${seconds.toFixed(1)} s`);
  });

  it.each(snippets)('%s', (snippet) => {
    const o = outcomes.get(snippet);
    expect(o, 'no outcome').toBeDefined();
    expect(o!.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(o!.ps).toEqual(o!.node);
    expect(o!.equal).toBe(true);
  });

  it.each(fixtures)('%s: the snippet result is what the reader gives in Node directly', (fixture) => {
    const o = outcomes.get(snippetFor(fixture));
    const text = host.decodeText(host.readFileBytes(path.join(FIXTURES, fixture))).text;
    const direct = readNetshCatalog(text, fixture);
    if (direct.catalogs === null) {
      expect(direct.error).toMatch(/^W2D12\d\d: /);
      expect(o!.node).toEqual({ $error: direct.error });
    } else {
      expect(o!.node).toEqual(JSON.parse(JSON.stringify(direct.catalogs)));
    }
  });
});
