/**
 * Cross-check: the JSON reader, writer and snapshot format run in Node and, compiled, in pwsh (one
 * runBoth call: one compiler program, one pwsh session) on the fixtures and on generated values and
 * snapshots. Both engines must give identical results, errors included; the Node results are also
 * checked against JSON.parse / JSON.stringify where those are the reference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runBoth, type RunBothOutcome } from '../../../codegen/run-both/harness.js';
import { makeNumbers, makeValues } from './snippets/gen-values.js';
import { INDENTS, NUMBER_COUNT, NUMBER_SEED, VALUE_COUNT, VALUE_SEED } from './snippets/write-values.js';
import { JSON_FIXTURES, SNAPSHOT_FIXTURES } from './snippets/fixture-list.js';
import { toJs } from './js-values.js';

const SNIPPETS = path.resolve(__dirname, 'snippets');
const FIXTURES = path.resolve(__dirname, '../../fixtures/json');
/** Modules of snippets/ that are not cross-check cases: helpers, and the fuzz batches (fuzz.test.ts). */
const NOT_CASES = new Set(['gen-snapshot.ts', 'gen-values.ts', 'fuzz-gen.ts', 'fixture-list.ts', 'compare.ts', 'fuzz-json.ts', 'fuzz-snapshot.ts', 'bench.ts']);

const snippets = readdirSync(SNIPPETS).filter((f) => f.endsWith('.ts') && !NOT_CASES.has(f)).sort();
const outcomes = new Map<string, RunBothOutcome>();
let seconds = 0;

beforeAll(async () => {
  const started = Date.now();
  const results = await runBoth(snippets.map((s) => path.join(SNIPPETS, s)));
  seconds = (Date.now() - started) / 1000;
  for (const o of results) outcomes.set(path.basename(o.file), o);
}, 600_000);

function nodeOf(snippet: string): unknown {
  const o = outcomes.get(snippet);
  expect(o, `no outcome for ${snippet}`).toBeDefined();
  return o!.node;
}

describe('JSON cross-check: Node and PowerShell give identical results', () => {
  it('runs every snippet in one batch', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8);
    console.log(`json cross-check: ${snippets.length} snippets in one runBoth call, ${seconds.toFixed(1)} s`);
  });

  it.each(snippets)('%s', (snippet) => {
    const o = outcomes.get(snippet);
    expect(o, 'no outcome').toBeDefined();
    expect(o!.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(o!.ps).toEqual(o!.node);
    expect(o!.equal).toBe(true);
  });
});

describe('JSON cross-check: the shared results are the right ones', () => {
  it('write-values: JSON.stringify of the same values', () => {
    const expected: string[] = [];
    for (const v of makeValues(VALUE_SEED, VALUE_COUNT)) for (const indent of INDENTS) expected.push(JSON.stringify(toJs(v), null, indent));
    expected.push(JSON.stringify(toJs(makeNumbers(NUMBER_SEED, NUMBER_COUNT))));
    expect(nodeOf('write-values.ts')).toEqual(expected);
  });

  it('fixtures-json: valid fixtures as JSON.stringify(JSON.parse(text)) writes them, invalid ones with a W2D13 error', () => {
    const rows = nodeOf('fixtures-json.ts') as string[][];
    expect(rows.map((r) => r[0])).toEqual([...JSON_FIXTURES, ...SNAPSHOT_FIXTURES]);
    for (const row of rows) {
      const text = readFileSync(path.join(FIXTURES, row[0]), 'utf8');
      if (row[0].startsWith('invalid-')) {
        expect(row[1], row[0]).toMatch(/^W2D13\d\d: .* at line \d+, column \d+$/);
        continue;
      }
      if (row[0] === 'valid-keys.json') {
        // document order, where JS objects put integer-like names first
        expect(row[1]).toBe('{"b":1,"a":2,"10":3,"2":4,"01":5,"":6,"__proto__":{"x":7},"-1":8,"1.5":9,"4294967295":10,"constructor":11}');
        continue;
      }
      const js = JSON.parse(text);
      expect(row.slice(1), row[0]).toEqual([JSON.stringify(js), JSON.stringify(js, null, 2), JSON.stringify(js, null, 4)]);
    }
  });

  it('fixtures-snapshot: written fixtures come back byte-identical and in sync; broken ones give their error', () => {
    const rows = new Map((nodeOf('fixtures-snapshot.ts') as string[][]).map((r) => [r[0], r]));
    for (const name of ['snapshot-generated-small.json', 'snapshot-generated-odd.json']) {
      expect(rows.get(name)!.slice(1, 2).concat(rows.get(name)!.slice(3))).toEqual(['same text', 'in sync']);
    }
    expect(rows.get('snapshot-forward-compatible.json')![2]).toBe(readFileSync(path.join(FIXTURES, 'snapshot-generated-small.json'), 'utf8'));
    expect(rows.get('snapshot-newer-version.json')![1]).toMatch(/^W2D1321: /);
    expect(rows.get('snapshot-wrong-format.json')![1]).toMatch(/^W2D1320: /);
    expect(rows.get('snapshot-bad-hex.json')![1]).toMatch(/^W2D1325: /);
    expect(rows.get('snapshot-bad-type.json')![1]).toMatch(/^W2D1326: /);
    expect(rows.get('snapshot-missing-keys.json')![1]).toMatch(/^W2D1323: /);
  });

  it('generated-snapshots: every generated snapshot round-trips', () => {
    for (const row of nodeOf('generated-snapshots.ts') as string[][]) expect(row.slice(3)).toEqual(['equal', 'same text']);
  });

  it('throw-*: the throwing API fails with the same W2D13xx message', () => {
    expect(nodeOf('throw-parse.ts')).toEqual({ $error: "W2D1311: unexpected ',' (expected a value) at line 2, column 14" });
    expect(nodeOf('throw-snapshot.ts')).toEqual({
      $error: 'W2D1321: the snapshot has format version 2; this Winsock2Doctor reads version 1 (a newer Winsock2Doctor wrote it) at line 3, column 14',
    });
    expect(nodeOf('throw-write-depth.ts')).toEqual({ $error: 'W2D1315: the value is nested deeper than 256 levels' });
  });
});
