import type { Bytes } from '../primitives.js';

/** The value of each ASCII hex digit (either case), -1 for every other code unit below 128. */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) DIGIT[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  DIGIT[0x41 + i] = 10 + i;
  DIGIT[0x61 + i] = 10 + i;
}

/**
 * Bytes of a hex list as regedit writes one: two hex digits per item (either case), items separated
 * by single commas, nothing else ('' is no bytes). undefined for any other text.
 */
export function hexListToBytes(list: string): Bytes | undefined {
  const n = list.length;
  if (n === 0) return new Uint8Array(0);
  if ((n + 1) % 3 !== 0) return undefined;
  const out = new Uint8Array((n + 1) / 3);
  for (let i = 0, k = 0; i < n; i += 3, k++) {
    const c1 = list.charCodeAt(i);
    const c2 = list.charCodeAt(i + 1);
    // A code unit of 128 or more is never a digit (and outside the table).
    const hi = c1 < 128 ? DIGIT[c1] : -1;
    const lo = c2 < 128 ? DIGIT[c2] : -1;
    if ((hi | lo) < 0 || (i + 2 < n && list.charCodeAt(i + 2) !== 0x2c)) return undefined;
    out[k] = (hi << 4) | lo;
  }
  return out;
}
