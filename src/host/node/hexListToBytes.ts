import type { Bytes } from '../primitives.js';

function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
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
    const hi = digit(list.charCodeAt(i));
    const lo = digit(list.charCodeAt(i + 1));
    if (hi < 0 || lo < 0 || (i + 2 < n && list.charCodeAt(i + 2) !== 0x2c)) return undefined;
    out[k] = (hi << 4) | lo;
  }
  return out;
}
