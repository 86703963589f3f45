/**
 * Fuzz: seeded truncations, character replacements / insertions / deletions / swaps, duplicated
 * spans, nesting around the depth limit, huge and odd numbers, escapes with lone surrogates, and
 * reshaped snapshot documents (newer version, bad hex, missing or extra members). Every outcome must
 * be a value or an error whose message starts with W2D13 (this format) or W2D90 (a host primitive).
 * Thousands of cases run in Node, checked against JSON.parse; the pwsh batches (fuzz-json.ts,
 * fuzz-snapshot.ts, one runBoth call) must give Node's outcomes line for line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { runBoth, type RunBothOutcome } from '../../../codegen/run-both/harness.js';
import { tryParseJson } from '../../../src/core/formats/json/parse.js';
import {
  FUZZ_BATCH_JSON,
  FUZZ_BATCH_SNAPSHOT,
  FUZZ_SEED,
  jsonOutcome,
  jsonSeeds,
  makeFuzzCases,
  makeSnapshotFuzzCases,
  snapshotOutcome,
  snapshotSeeds,
  specialCases,
} from './snippets/fuzz-gen.js';
import { makeSnapshot } from './snippets/gen-snapshot.js';
import { snapshotToJson } from '../../../src/core/formats/json/snapshot.js';
import { toJs } from './js-values.js';

const NODE_JSON_CASES = 8000;
const NODE_SNAPSHOT_CASES = 3000;
const OUTCOME = /^(ok |W2D13\d\d: .* at line \d+, column \d+$|W2D90\d\d: )/s;
const SNIPPETS = path.resolve(__dirname, 'snippets');

let batch: RunBothOutcome[] = [];
let seconds = 0;

beforeAll(async () => {
  const started = Date.now();
  batch = await runBoth([path.join(SNIPPETS, 'fuzz-json.ts'), path.join(SNIPPETS, 'fuzz-snapshot.ts')]);
  seconds = (Date.now() - started) / 1000;
}, 900_000);

/** Maximum nesting depth of a JS value. */
function depthOf(x: unknown): number {
  if (x === null || typeof x !== 'object') return 0;
  let d = 0;
  for (const v of Object.values(x)) d = Math.max(d, depthOf(v));
  return d + 1;
}

/** true when valid JSON text has a member name twice in one object (JSON.parse keeps the last). */
function hasDuplicateNames(text: string): boolean {
  const stack: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push(new Set());
    else if (c === '[') stack.push(null);
    else if (c === '}' || c === ']') stack.pop();
    else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      let k = j + 1;
      while (k < text.length && ' \t\n\r'.includes(text[k])) k++;
      if (text[k] === ':') {
        const name = JSON.parse(text.slice(i, j + 1)) as string;
        const names = stack[stack.length - 1]!;
        if (names.has(name)) return true;
        names.add(name);
      }
      i = j;
    }
  }
  return false;
}

describe('JSON fuzz in Node (checked against JSON.parse)', () => {
  const cases = [...specialCases(), ...makeFuzzCases(jsonSeeds(), NODE_JSON_CASES, 7)];

  it(`${NODE_JSON_CASES} mutated texts: a value or a W2D13 error, and the same verdict as JSON.parse`, () => {
    const started = Date.now();
    const bad: string[] = [];
    const ids = new Map<string, number>();
    for (const text of cases) {
      const r = tryParseJson(text);
      const id = r.ok ? 'ok' : r.error.slice(0, 7);
      ids.set(id, (ids.get(id) ?? 0) + 1);
      if (!r.ok && !OUTCOME.test(r.error)) bad.push(`bad message ${r.error}`);
      if (!r.ok && (r.errorOffset < 0 || r.errorOffset > text.length)) bad.push(`bad offset ${r.errorOffset}`);
      let js: unknown;
      let jsOk = true;
      try {
        js = JSON.parse(text);
      } catch {
        jsOk = false;
      }
      if (r.ok && !jsOk) bad.push(`accepted what JSON.parse rejects: ${JSON.stringify(text).slice(0, 120)}`);
      if (r.ok && jsOk && JSON.stringify(toJs(r.value!)) !== JSON.stringify(js)) bad.push(`different value: ${JSON.stringify(text).slice(0, 120)}`);
      if (!r.ok && jsOk) {
        const allowed = (id === 'W2D1309' && depthOf(js) > 256) || (id === 'W2D1310' && hasDuplicateNames(text));
        if (!allowed) bad.push(`rejected what JSON.parse accepts: ${r.error} ${JSON.stringify(text).slice(0, 120)}`);
      }
    }
    const ms = Date.now() - started;
    console.log(`json fuzz (Node): ${cases.length} cases in ${ms} ms: ${[...ids].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(bad.slice(0, 20)).toEqual([]);
    expect(ids.get('ok') ?? 0).toBeGreaterThan(200);
    expect(ids.size).toBeGreaterThanOrEqual(13);
    expect(ms).toBeLessThan(120_000);
  });

  it('huge inputs stay linear: 2 MB of nesting, numbers and escapes', () => {
    const started = Date.now();
    expect(tryParseJson('['.repeat(2_000_000)).error).toMatch(/^W2D1309: /);
    expect(tryParseJson('[' + '1,'.repeat(500_000) + '1]').ok).toBe(true);
    expect(tryParseJson('"' + '\\\\'.repeat(500_000) + '"').ok).toBe(true);
    expect(tryParseJson('"' + '\\\\'.repeat(500_000) + '\\"').error).toMatch(/^W2D1308: /);
    expect(tryParseJson('"' + '\\u0041'.repeat(200_000) + '"').ok).toBe(true);
    expect(tryParseJson('9'.repeat(1_000_000)).ok).toBe(true);
    expect(tryParseJson('{"a":' + '"x",'.repeat(300_000) + '}').error).toMatch(/^W2D1311: /);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('snapshot fuzz in Node', () => {
  it(`${NODE_SNAPSHOT_CASES} mutated and reshaped snapshots: a snapshot or a W2D13 error`, () => {
    const seeds = [...snapshotSeeds(), snapshotToJson(makeSnapshot(5, 3, 2, true), { source: 's', computerName: 'c', timeUtc: 't', toolVersion: 'v' })];
    const started = Date.now();
    const ids = new Map<string, number>();
    const bad: string[] = [];
    for (const text of makeSnapshotFuzzCases(seeds, NODE_SNAPSHOT_CASES, 11)) {
      const o = snapshotOutcome(text);
      const id = o.startsWith('ok ') ? 'ok' : o.slice(0, 7);
      ids.set(id, (ids.get(id) ?? 0) + 1);
      if (!OUTCOME.test(o)) bad.push(o.slice(0, 200));
      // what was read is written again and read again to the same thing
      if (id === 'ok' && snapshotOutcome(o.slice(3)) !== o) bad.push(`unstable: ${text.slice(0, 100)}`);
    }
    console.log(`snapshot fuzz (Node): ${NODE_SNAPSHOT_CASES} cases in ${Date.now() - started} ms: ${[...ids].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(bad.slice(0, 20)).toEqual([]);
    for (const id of ['ok', 'W2D1320', 'W2D1321', 'W2D1322', 'W2D1323', 'W2D1324', 'W2D1325', 'W2D1326']) expect(ids.get(id) ?? 0, id).toBeGreaterThan(0);
  });
});

describe('fuzz batches in pwsh: the same outcomes as Node', () => {
  it('compiles and runs both batches', () => {
    console.log(`json fuzz (pwsh): ${specialCases().length + FUZZ_BATCH_JSON} JSON texts and ${FUZZ_BATCH_SNAPSHOT} snapshot texts in one runBoth call, ${seconds.toFixed(1)} s`);
    expect(batch.length).toBe(2);
    for (const o of batch) expect(o.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });

  it('fuzz-json.ts: identical outcomes, each a value or a W2D13 error', () => {
    const o = batch[0];
    const node = o.node as string[];
    expect(node).toEqual([...specialCases(), ...makeFuzzCases(jsonSeeds(), FUZZ_BATCH_JSON, FUZZ_SEED)].map(jsonOutcome));
    expect(node.every((x) => OUTCOME.test(x))).toBe(true);
    const ps = o.ps as string[];
    expect(ps.length).toBe(node.length);
    expect(node.map((x, i) => (x === ps[i] ? '' : `${i}: ${x.slice(0, 100)} / ${String(ps[i]).slice(0, 100)}`)).filter((x) => x !== '')).toEqual([]);
  });

  it('fuzz-snapshot.ts: identical outcomes, each a snapshot or a W2D13 error', () => {
    const o = batch[1];
    const node = o.node as string[];
    expect(node).toEqual(makeSnapshotFuzzCases(snapshotSeeds(), FUZZ_BATCH_SNAPSHOT, FUZZ_SEED + 1).map(snapshotOutcome));
    expect(node.every((x) => OUTCOME.test(x))).toBe(true);
    const ps = o.ps as string[];
    expect(ps.length).toBe(node.length);
    expect(node.map((x, i) => (x === ps[i] ? '' : `${i}: ${x.slice(0, 100)} / ${String(ps[i]).slice(0, 100)}`)).filter((x) => x !== '')).toEqual([]);
  });
});
