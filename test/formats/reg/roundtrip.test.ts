/**
 * Round trip (issue 4 item 2): write(read(x)) is byte-identical for regedit-style files: the
 * handcrafted corpus files and the files Wine's regedit exported (corpus/wine-*.reg, made by
 * scripts/wine-make-corpus.ts). Also read(write(s)) === s for snapshots.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { parseRegFile, regFileToSnapshot } from '../../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../../src/core/formats/reg/writer.js';
import { snapshotJson } from './helpers/compare.js';
import { win10LikeSnapshot } from './helpers/catalog-like.js';
import { oddStringsSnapshot, valueTypesSnapshot } from './helpers/value-types.js';

const CORPUS = path.resolve(__dirname, 'corpus');
const regeditStyle = readdirSync(CORPUS).filter((f) => f.startsWith('handcrafted-') || f.startsWith('wine-')).sort();

/** The first differing line of two UTF-16 files, for a readable failure. */
function firstDifference(a: Buffer, b: Buffer): string {
  const x = a.toString('utf16le').split('\r\n');
  const y = b.toString('utf16le').split('\r\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `line ${i + 1}:\n  in:  ${x[i]}\n  out: ${y[i]}`;
  return 'same text, different bytes';
}

describe('.reg round trip: write(read(x)) === x for regedit-style files', () => {
  it('the corpus has regedit-style files of both kinds', () => {
    expect(regeditStyle.filter((f) => f.startsWith('handcrafted-')).length).toBeGreaterThanOrEqual(4);
    expect(regeditStyle.filter((f) => f.startsWith('wine-')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(regeditStyle)('%s', (f) => {
    const input = readFileSync(path.join(CORPUS, f));
    const out = Buffer.from(writeRegFile(regFileToSnapshot(parseRegFile(new Uint8Array(input)))));
    if (!out.equals(input)) expect.fail(firstDifference(input, out));
  });

  it('also for the reader-only file that is in regedit style (hive-relative key paths)', () => {
    const input = readFileSync(path.join(CORPUS, 'reader-offline-hive.reg'));
    expect(Buffer.from(writeRegFile(regFileToSnapshot(parseRegFile(new Uint8Array(input))))).equals(input)).toBe(true);
  });
});

describe('.reg round trip: read(write(s)) === s', () => {
  it.each([
    ['Windows 10-like catalog (both catalogs)', win10LikeSnapshot(['Catalog_Entries64', 'Catalog_Entries'], 11)],
    ['every value type', valueTypesSnapshot()],
    ['strings a quoted string cannot hold', oddStringsSnapshot(false)],
  ])('%s', (_, s) => {
    expect(snapshotJson(regFileToSnapshot(parseRegFile(writeRegFile(s))))).toEqual(snapshotJson(s));
  });
});
