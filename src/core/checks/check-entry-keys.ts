/** C3: entry keys are 12-digit, 1-based and contiguous (000000000001..N), each catalog on its own. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, headerOf, isNetsh } from './catalog-scope.js';

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
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
        const n = key.length === 12 && isDigits(key) ? Number(key) : 0;
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
