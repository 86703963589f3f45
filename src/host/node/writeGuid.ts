import type { Bytes } from '../primitives.js';

const GUID = /^(?:\{([0-9A-Fa-f]{8})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{12})\}|([0-9A-Fa-f]{8})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{12}))$/;

/**
 * Writes a GUID given as `{8-4-4-4-12}` or `8-4-4-4-12` hex digits (any case; braces both or none)
 * in Windows layout (Data1-3 little-endian) at `offset` (W2D9002 when malformed).
 */
export function writeGuid(bytes: Bytes, offset: number, guid: string): void {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  const m = GUID.exec(guid);
  if (m === null) throw new Error(`W2D9002: '${guid}' is not a GUID`);
  if (offset < 0 || offset + 16 > bytes.length) {
    throw new Error(`W2D9001: write of 16 bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  const g = m[1] !== undefined ? m.slice(1, 6) : m.slice(6, 11);
  const data1 = parseInt(g[0], 16);
  const data2 = parseInt(g[1], 16);
  const data3 = parseInt(g[2], 16);
  const tail = g[3] + g[4];
  bytes[offset] = data1 & 0xff;
  bytes[offset + 1] = (data1 >>> 8) & 0xff;
  bytes[offset + 2] = (data1 >>> 16) & 0xff;
  bytes[offset + 3] = (data1 >>> 24) & 0xff;
  bytes[offset + 4] = data2 & 0xff;
  bytes[offset + 5] = (data2 >>> 8) & 0xff;
  bytes[offset + 6] = data3 & 0xff;
  bytes[offset + 7] = (data3 >>> 8) & 0xff;
  for (let i = 0; i < 8; i++) bytes[offset + 8 + i] = parseInt(tail.substring(i * 2, i * 2 + 2), 16);
}
