import type { Bytes } from '../primitives.js';

/** Unsigned 16-bit little-endian at `offset` (W2D9006 for a non-integer offset, W2D9001 when out of range). */
export function readU16LE(bytes: Bytes, offset: number): number {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (offset < 0 || offset + 2 > bytes.length) {
    throw new Error(`W2D9001: read of 2 bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  return bytes[offset] | (bytes[offset + 1] << 8);
}
