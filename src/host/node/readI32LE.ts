import type { Bytes } from '../primitives.js';

/** Signed 32-bit little-endian at `offset` (-2147483648..2147483647). */
export function readI32LE(bytes: Bytes, offset: number): number {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (offset < 0 || offset + 4 > bytes.length) {
    throw new Error(`W2D9001: read of 4 bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  return bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24);
}
