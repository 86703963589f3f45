import type { Bytes } from '../primitives.js';

/**
 * Writes the low 16 bits of `value` little-endian at `offset`. Accepts -32768..65535 (negative values
 * as two's complement), like writeU32LE does for 32 bits; anything else is W2D9007.
 */
export function writeU16LE(bytes: Bytes, offset: number, value: number): void {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (!Number.isSafeInteger(value)) throw new Error('W2D9006: value must be an integer');
  if (value < -32768 || value > 65535) {
    throw new Error(`W2D9007: value ${value} is outside -32768..65535 for a 16-bit field`);
  }
  if (offset < 0 || offset + 2 > bytes.length) {
    throw new Error(`W2D9001: write of 2 bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >> 8) & 0xff;
}
