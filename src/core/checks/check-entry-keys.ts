/** C3: entry keys are 12-digit, 1-based and contiguous (000000000001..N), each catalog on its own. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, headerOf, isNetsh } from './catalog-scope.js';

/** '00'..'99' -> 0..99: a key name is read two digits at a time (PowerShell pays per call, not per lookup). */
const DECIMAL_PAIRS: Map<string, number> = buildDecimalPairs();

function buildDecimalPairs(): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < 100; i++) m.set(i < 10 ? `0${i}` : `${i}`, i);
  return m;
}

/** The entry number of a 12-digit key name, or 0 ('00000000001a', ' 00000000001', '1e0000000001' are not). */
function entryNumber(key: string): number {
  if (key.length !== 12) return 0;
  // Literal positions: the compiler slices them inline.
  const pairs = [key.slice(0, 2), key.slice(2, 4), key.slice(4, 6), key.slice(6, 8), key.slice(8, 10), key.slice(10, 12)];
  let n = 0;
  for (const p of pairs) {
    const v = DECIMAL_PAIRS.get(p);
    if (v === undefined) return 0;
    n = n * 100 + v;
  }
  return n;
}

export function checkEntryKeys(c: Catalogs, out: Finding[]): void {
  if (isNetsh(c)) return;
  for (const protocol of [true, false]) {
    for (const name of catalogNames(c, protocol)) {
      const header = headerOf(c, name);
      if (header === undefined) continue;
      const present = new Map<number, boolean>();
      let highest = 0;
      for (const key of header.entryKeys) {
        const n = entryNumber(key);
        if (n < 1) {
          out.push(makeFinding('W2D2004', name, key, null, [key]));
          continue;
        }
        present.set(n, true);
        if (n > highest) highest = n;
      }
      const last = String(highest).padStart(12, '0');
      for (let n = 1; n < highest; n++) {
        if (!present.has(n)) {
          const key = String(n).padStart(12, '0');
          out.push(makeFinding('W2D2003', name, key, null, [key, last]));
        }
      }
    }
  }
}
