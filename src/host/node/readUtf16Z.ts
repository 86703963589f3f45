import { Buffer } from 'node:buffer';
import type { Bytes } from '../primitives.js';

/**
 * A NUL-terminated UTF-16LE string within bytes [offset, offset + maxBytes); no NUL: the whole field
 * (an odd last byte of the field is ignored). Code units are taken as they are: a lone surrogate
 * stays a lone surrogate (no U+FFFD), so read and write round-trip.
 */
export function readUtf16Z(bytes: Bytes, offset: number, maxBytes: number): string {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new Error('W2D9006: maxBytes must be a non-negative integer');
  }
  if (offset < 0 || offset + maxBytes > bytes.length) {
    throw new Error(`W2D9001: read of ${maxBytes} bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  const units = Math.floor(maxBytes / 2);
  let count = 0;
  while (count < units && (bytes[offset + 2 * count] | bytes[offset + 2 * count + 1]) !== 0) count++;
  return Buffer.from(bytes.buffer, bytes.byteOffset + offset, count * 2).toString('utf16le');
}
