/** The .reg error table: one row per ID, every ID the code throws is in it, every bad corpus file gives its ID. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REG_ERRORS, regErrorMeaning } from '../../../src/core/formats/reg/errors.js';
import { parseRegFile } from '../../../src/core/formats/reg/reader.js';

const SRC = path.resolve(__dirname, '../../../src/core/formats/reg');
const CORPUS = path.resolve(__dirname, 'corpus');

describe('.reg error table', () => {
  it('has unique IDs in W2D1001..W2D1099 with a meaning each', () => {
    const ids = REG_ERRORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of REG_ERRORS) {
      expect(e.id).toMatch(/^W2D10\d\d$/);
      expect(e.id).not.toBe('W2D1000');
      expect(e.meaning.length).toBeGreaterThan(10);
    }
    expect(regErrorMeaning('W2D1014')).toMatch(/hex data/);
    expect(regErrorMeaning('W2D1099')).toBeUndefined();
  });

  it('every ID the reader and writer throw is in the table, and every table ID is thrown somewhere', () => {
    const used = new Set<string>();
    for (const f of readdirSync(SRC).filter((x) => x.endsWith('.ts') && x !== 'errors.ts')) {
      for (const m of readFileSync(path.join(SRC, f), 'utf8').matchAll(/W2D10\d\d/g)) used.add(m[0]);
    }
    const table = new Set(REG_ERRORS.map((e) => e.id));
    expect([...used].filter((id) => !table.has(id))).toEqual([]);
    expect([...table].filter((id) => !used.has(id))).toEqual([]);
  });

  it('every bad-W2D10xx-*.reg corpus file fails with its ID and a line number; every table ID of the reader has one', () => {
    const bad = readdirSync(CORPUS).filter((f) => f.startsWith('bad-'));
    const seen = new Set<string>();
    for (const f of bad) {
      const id = f.slice(4, 11);
      seen.add(id);
      expect(() => parseRegFile(new Uint8Array(readFileSync(path.join(CORPUS, f)))), f).toThrow(new RegExp(`^${id}: line \\d+: `));
    }
    const readerIds = REG_ERRORS.map((e) => e.id).filter((id) => id < 'W2D1050');
    expect(readerIds.filter((id) => !seen.has(id))).toEqual([]);
  });
});
