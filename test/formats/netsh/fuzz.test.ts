/**
 * Fuzz: seeded mutations of the netsh corpus (truncation at many points, deleted / duplicated /
 * swapped / shuffled lines, replaced characters, garbage lines, random bytes, re-encoding through
 * host.encodeText). Every outcome must be a Catalogs result or an error whose message starts with
 * W2D12 (this reader) or W2D90 (a host primitive). Thousands of cases run in Node; the first
 * FUZZ_BATCH_CASES run, compiled, in pwsh in one batch and must equal Node's outcomes line for line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runBoth, type RunBothOutcome } from '../../../codegen/run-both/harness.js';
import { parseNetshCatalog, readNetshCatalog } from '../../../src/core/formats/netsh/reader.js';
import { NETSH_CODES } from '../../../src/core/formats/netsh/errors.js';
import type { CatalogName, Catalogs } from '../../../src/core/model/catalog.js';
import { FUZZ_FIXTURES, fuzzCorpus, fuzzInput, fuzzOutcome } from './snippets/fuzz-gen.js';
import { FUZZ_BATCH_CASES, FUZZ_SEED } from './snippets/fuzz-batch.js';

const NODE_CASES = 12_000;
const ISSUE_IDS = new Set(NETSH_CODES.filter((c) => c.kind === 'issue').map((c) => c.id));
const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/;
const CATALOGS = ['Protocol64', 'Protocol32', 'NameSpace64', 'NameSpace32'];

function int(n: number): boolean {
  return Number.isInteger(n) && n >= -2147483648 && n <= 4294967295;
}

/** Structural invariants of any Catalogs the reader returns. */
function checkCatalogs(c: Catalogs): string[] {
  const bad: string[] = [];
  if (c.sourceKind !== 'netsh') bad.push('sourceKind');
  if (c.protocolEntries.length + c.nameSpaceEntries.length === 0) bad.push('a result without entries');
  for (const e of c.protocolEntries) {
    const id = `entry ${e.catalogEntryId}`;
    if (!CATALOGS.slice(0, 2).includes(e.catalog)) bad.push(`${id} catalog ${e.catalog}`);
    if (e.key !== null || e.itemSize !== null) bad.push(`${id} key/itemSize`);
    if (!GUID.test(e.providerId)) bad.push(`${id} providerId ${e.providerId}`);
    const nums = [e.catalogEntryId, e.version, e.addressFamily, e.maxSockAddr, e.minSockAddr, e.socketType, e.protocol, e.serviceFlags1, e.chainLen];
    if (!nums.every(int)) bad.push(`${id} numbers ${nums.join(',')}`);
    const expectedType = e.chainLen === 1 ? 'Base' : e.chainLen >= 2 ? 'Chain' : 'Layered';
    if (e.entryType !== expectedType) bad.push(`${id} entryType`);
    if (e.chainEntries.length !== (e.chainLen >= 2 ? e.chainLen : 0) || !e.chainEntries.every(int)) bad.push(`${id} chain`);
  }
  for (const s of c.nameSpaceEntries) {
    if (!CATALOGS.slice(2).includes(s.catalog) || !GUID.test(s.providerId) || !int(s.nameSpace) || !int(s.version)) bad.push(`name space ${s.displayString}`);
  }
  const present = new Set([...c.protocolEntries.map((e) => e.catalog), ...c.nameSpaceEntries.map((e) => e.catalog)]);
  if (c.headers.map((h) => h.catalog).join() !== CATALOGS.filter((x) => present.has(x as CatalogName)).join()) bad.push('headers');
  for (const i of c.decodeIssues) {
    if (!ISSUE_IDS.has(i.id) || !i.message.startsWith(`${i.id}: `) || i.key !== null) bad.push(`issue ${i.id}`);
  }
  return bad;
}

describe('netsh fuzz: Node', () => {
  it('the fuzzer mutates every corpus file', () => {
    const present = readdirSync(path.resolve(__dirname, '../../fixtures/netsh')).filter((f) => f.endsWith('.txt')).sort();
    expect([...FUZZ_FIXTURES].sort()).toEqual(present);
  });

  it(`${NODE_CASES} mutated inputs: each a well-formed result or an error with an ID`, () => {
    const corpus = fuzzCorpus();
    const started = Date.now();
    const counts = new Map<string, number>();
    const failures: string[] = [];
    for (let n = 0; n < NODE_CASES; n++) {
      const input = fuzzInput(FUZZ_SEED + 1, n, corpus);
      let outcome: string;
      try {
        const read = readNetshCatalog(input.text, `fuzz-${n}`);
        if (read.catalogs === null) {
          outcome = read.error ?? 'null error';
          if (!/^W2D(12|90)\d\d: /.test(outcome)) failures.push(`${n} ${input.ops.join('+')}: ${outcome}`);
          expect(() => parseNetshCatalog(input.text, `fuzz-${n}`)).toThrow(outcome);
          outcome = outcome.slice(0, 7);
        } else {
          const bad = checkCatalogs(read.catalogs);
          if (bad.length > 0) failures.push(`${n} ${input.ops.join('+')}: ${bad.join('; ')}`);
          outcome = read.catalogs.decodeIssues.length > 0 ? 'result with issues' : 'result';
        }
      } catch (e) {
        outcome = 'crash';
        failures.push(`${n} ${input.ops.join('+')}: crashed: ${e instanceof Error ? e.stack : String(e)}`);
      }
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    const ms = Date.now() - started;
    console.log(`netsh fuzz (Node): ${NODE_CASES} cases in ${ms} ms; ${[...counts].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
    expect(failures.slice(0, 10)).toEqual([]);
    // The mutations must exercise both sides: plenty of results and plenty of errors.
    expect((counts.get('result') ?? 0) + (counts.get('result with issues') ?? 0)).toBeGreaterThan(NODE_CASES / 4);
    expect(counts.get('result with issues') ?? 0).toBeGreaterThan(NODE_CASES / 10);
    expect(counts.get('W2D1202') ?? 0).toBeGreaterThan(100);
  }, 120_000);
});

describe('netsh fuzz: pwsh batch equals Node', () => {
  let outcome: RunBothOutcome | undefined;
  let seconds = 0;
  beforeAll(async () => {
    const started = Date.now();
    [outcome] = await runBoth([path.resolve(__dirname, 'snippets/fuzz-batch.ts')]);
    seconds = (Date.now() - started) / 1000;
  }, 600_000);

  it(`the first ${FUZZ_BATCH_CASES} cases give identical outcomes in both engines`, () => {
    expect(outcome!.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    const node = outcome!.node as string[];
    const ps = outcome!.ps as string[];
    expect(node).toHaveLength(FUZZ_BATCH_CASES);
    const differing = node.map((line, i) => ({ node: line, ps: ps[i] })).filter((d) => d.node !== d.ps);
    expect(differing.slice(0, 5)).toEqual([]);
    expect(outcome!.equal).toBe(true);
    for (const line of node) expect(line).toMatch(/^\d+ \S+ (ok \d+ \d+ [0-9a-f]{64}|error W2D(12|90)\d\d: .*)$/s);
    const ok = node.filter((l) => / ok /.test(l)).length;
    console.log(`netsh fuzz (pwsh): ${FUZZ_BATCH_CASES} cases in one batch, ${seconds.toFixed(1)} s incl. compile; ${ok} results, ${FUZZ_BATCH_CASES - ok} errors`);
    expect(ok).toBeGreaterThan(FUZZ_BATCH_CASES / 4);
  });

  it('the batch lines are what the generator gives in Node directly', () => {
    const corpus = fuzzCorpus();
    const direct = Array.from({ length: 20 }, (_, n) => {
      const input = fuzzInput(FUZZ_SEED, n, corpus);
      return `${n} ${input.ops.join('+')} ${fuzzOutcome(input.text, n)}`;
    });
    expect((outcome!.node as string[]).slice(0, 20)).toEqual(direct);
  });
});
