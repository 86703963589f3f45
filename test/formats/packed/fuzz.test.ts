/**
 * Fuzz: damaged PackedCatalogItems and damaged catalogs never crash. Every outcome is a result whose
 * problems are W2D11xx issues, and every item re-encodes to exactly its bytes.
 *   Node: every truncation 0..888 of every distinct fixture item, thousands of random and mutated
 *         items, hundreds of damaged snapshots through buildCatalogs.
 *   pwsh: a few hundred items (snippets/fuzz-items.ts) in both engines, results compared.
 * Fixed seeds, so a failure reproduces.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePackedCatalogItem, encodePackedCatalogItem } from '../../../src/core/formats/packed-catalog-item.js';
import { buildCatalogs } from '../../../src/core/catalog/build-catalogs.js';
import type { RegistrySnapshot, RegistryValue } from '../../../src/core/model/registry.js';
import { runBoth } from '../../../codegen/run-both/harness.js';
import { FIXTURES, buildSnapshot } from '../../fixtures/build/fixtures.js';
import { mulberry32 } from '../../mulberry32.js';

const ISSUE_ID = /^W2D11\d\d$/;


const snapshots = FIXTURES.map((f) => buildSnapshot(f));
const items: Uint8Array[] = (() => {
  const seen = new Map<string, Uint8Array>();
  for (const s of snapshots) {
    for (const k of s.keys) {
      for (const v of k.values) if (v.name === 'PackedCatalogItem') seen.set(Buffer.from(v.data).toString('hex'), v.data);
    }
  }
  return [...seen.values()];
})();

let checked = 0;
function check(bytes: Uint8Array): void {
  const d = decodePackedCatalogItem(bytes);
  for (const i of d.issues) {
    expect(i.id).toMatch(ISSUE_ID);
    expect(i.message.startsWith(`${i.id}: `)).toBe(true);
  }
  expect(d.size).toBe(bytes.length);
  expect(d.complete).toBe(bytes.length >= 888);
  if (bytes.length < 888) expect(d.issues[0]).toMatchObject({ id: 'W2D1101' });
  if (bytes.length > 888) expect(d.issues.some((i) => i.id === 'W2D1102')).toBe(true);
  const again = encodePackedCatalogItem(d.fields);
  if (Buffer.compare(Buffer.from(again), Buffer.from(bytes)) !== 0) throw new Error(`round trip differs for ${Buffer.from(bytes).toString('hex')}`);
  checked++;
}

describe('PackedCatalogItem fuzz (Node)', () => {
  it('has distinct items from the fixtures', () => {
    expect(items.length).toBeGreaterThan(50);
    expect(items.some((b) => b.length === 10)).toBe(true);
  });
  it('every truncation 0..888 of every distinct fixture item', () => {
    const before = checked;
    for (const item of items) {
      for (let n = 0; n <= 888; n++) check(item.subarray(0, n).slice());
    }
    expect(checked - before).toBe(items.length * 889);
  });
  it('5,000 random byte arrays of random length (0..1200)', () => {
    const r = mulberry32(811259);
    for (let i = 0; i < 5000; i++) {
      const b = new Uint8Array(Math.floor(r() * 1201));
      for (let j = 0; j < b.length; j++) b[j] = Math.floor(r() * 256);
      check(b);
    }
  });
  it('10,000 mutated items: flipped bytes, extreme 4-byte values, NUL-free strings, extra bytes', () => {
    const r = mulberry32(20261125);
    const extremes = [0, 1, 7, 8, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffff8];
    for (let i = 0; i < 10_000; i++) {
      const base = items[Math.floor(r() * items.length)];
      let b: Uint8Array = base.slice();
      const kind = i % 4;
      if (kind === 0) {
        const flips = 1 + Math.floor(r() * 20);
        for (let f = 0; f < flips; f++) b[Math.floor(r() * b.length)] ^= 1 + Math.floor(r() * 255);
      } else if (kind === 1) {
        const at = 0x104 + 4 * Math.floor(r() * 29);
        if (b.length >= at + 4) new DataView(b.buffer).setUint32(at, extremes[Math.floor(r() * extremes.length)], true);
      } else if (kind === 2) {
        const [start, end] = r() < 0.5 ? [0, 260] : [0x178, 0x378];
        b.fill(0x20 + Math.floor(r() * 0x5f), start, end);
      } else {
        const extra = new Uint8Array(1 + Math.floor(r() * 64)).map(() => Math.floor(r() * 256));
        b = new Uint8Array([...b, ...extra]);
      }
      check(b);
    }
  });
});

describe('buildCatalogs fuzz (Node)', () => {
  it('500 damaged snapshots: random items, wrong value types, missing values, case changes, duplicated keys', () => {
    const r = mulberry32(42);
    const types = [0, 1, 2, 3, 4, 7, 11, 0x12345];
    for (let i = 0; i < 500; i++) {
      const base = snapshots[i % snapshots.length];
      const s: RegistrySnapshot = {
        keys: base.keys.map((k) => ({
          path: r() < 0.05 ? k.path.toUpperCase() : k.path,
          values: k.values.flatMap((v): RegistryValue[] => {
            const p = r();
            if (p < 0.05) return [];
            if (p < 0.1) return [{ ...v, type: types[Math.floor(r() * types.length)] }];
            if (p < 0.15) return [{ ...v, data: v.data.slice(0, Math.floor(r() * (v.data.length + 1))) }];
            if (p < 0.18) return [{ ...v, data: new Uint8Array(Math.floor(r() * 40)).map(() => Math.floor(r() * 256)) }];
            return [v];
          }),
        })),
      };
      if (r() < 0.3) s.keys.push(s.keys[Math.floor(r() * s.keys.length)]);
      if (r() < 0.2) s.keys.splice(Math.floor(r() * s.keys.length), 1);
      const c = buildCatalogs(s, `fuzz ${i}`);
      for (const issue of c.decodeIssues) {
        expect(issue.id).toMatch(ISSUE_ID);
        expect(issue.message.startsWith(`${issue.id}: `)).toBe(true);
      }
      expect(c.protocolEntries.length).toBeLessThanOrEqual(base.keys.length);
    }
  });
});

describe('PackedCatalogItem fuzz in both engines', () => {
  it('decodes a few hundred damaged items identically in Node and pwsh, each a result with an exact round trip', { timeout: 600_000 }, async () => {
    const snippet = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snippets', 'fuzz-items.ts');
    const [o] = await runBoth([snippet]);
    expect(o.diagnostics).toEqual([]);
    const node = o.node as { cases: number; results: string[] };
    expect(node.cases).toBeGreaterThanOrEqual(280);
    for (const line of node.results) {
      const [, ids, roundTrip] = line.split('|');
      expect(roundTrip).toBe('true');
      for (const id of ids === '' ? [] : ids.split(',')) expect(id).toMatch(ISSUE_ID);
    }
    expect(o.ps).toEqual(o.node);
    expect(o.equal).toBe(true);
  });
});
