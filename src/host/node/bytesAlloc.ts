import type { Bytes } from '../primitives.js';

/** A new zero-filled byte array of `length` bytes (W2D9006 unless length is a non-negative safe integer). */
export function bytesAlloc(length: number): Bytes {
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new Error('W2D9006: length must be a non-negative integer');
  }
  return new Uint8Array(length);
}
