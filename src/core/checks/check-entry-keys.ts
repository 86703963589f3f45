/** C3: entry keys are 12-digit, 1-based and contiguous (000000000001..N), each catalog on its own. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, headerOf, isNetsh } from './catalog-scope.js';

/** The entry number of a 12-digit key name, or 0 (one Number and one padStart: PowerShell pays per call). */
function entryNumber(key: string): number {
  if (key.length !== 12) return 0;
  const n = Number(key);
  // Only 12 decimal digits survive the round trip ('00000000001a', ' 00000000001', '1e0000000001' do not).
  return Number.isInteger(n) && n >= 1 && String(n).padStart(12, '0') === key ? n : 0;
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
