import type { Bytes } from '../primitives.js';

function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/** Bytes from hex digits (either case, no separators) (W2D9004 on odd length or a non-hex digit). */
export function hexToBytes(hex: string): Bytes {
  if (hex.length % 2 !== 0) throw new Error(`W2D9004: hex text has an odd length of ${hex.length}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < hex.length; i += 2) {
    const hi = digit(hex.charCodeAt(i));
    if (hi < 0) throw new Error(`W2D9004: hex text has a non-hex character at index ${i}`);
    const lo = digit(hex.charCodeAt(i + 1));
    if (lo < 0) throw new Error(`W2D9004: hex text has a non-hex character at index ${i + 1}`);
    out[i / 2] = (hi << 4) | lo;
  }
  return out;
}
