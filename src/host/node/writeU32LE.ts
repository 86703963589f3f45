import type { Bytes } from '../primitives.js';

/**
 * Writes the low 32 bits of `value` little-endian at `offset`. Accepts 0..4294967295 and negative
 * int32 values (two's complement); anything else is W2D9007.
 */
export function writeU32LE(bytes: Bytes, offset: number, value: number): void {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (!Number.isSafeInteger(value)) throw new Error('W2D9006: value must be an integer');
  if (value < -2147483648 || value > 4294967295) {
    throw new Error(`W2D9007: value ${value} is outside -2147483648..4294967295 for a 32-bit field`);
  }
  if (offset < 0 || offset + 4 > bytes.length) {
    throw new Error(`W2D9001: write of 4 bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  const v = value >>> 0;
  bytes[offset] = v & 0xff;
  bytes[offset + 1] = (v >>> 8) & 0xff;
  bytes[offset + 2] = (v >>> 16) & 0xff;
  bytes[offset + 3] = (v >>> 24) & 0xff;
}
