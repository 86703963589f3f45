import type { Bytes } from '../primitives.js';

/**
 * Writes `text` as UTF-16LE into a field of maxBytes, NUL-terminated and zero-padded (W2D9003 when it
 * does not fit). Code units are written as they are (a lone surrogate is kept, not replaced).
 */
export function writeUtf16Z(bytes: Bytes, offset: number, maxBytes: number, text: string): void {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new Error('W2D9006: maxBytes must be a non-negative integer');
  }
  const need = (text.length + 1) * 2;
  if (need > maxBytes) {
    throw new Error(`W2D9003: text needs ${need} bytes with its NUL terminator but the field holds ${maxBytes}`);
  }
  if (offset < 0 || offset + maxBytes > bytes.length) {
    throw new Error(`W2D9001: write of ${maxBytes} bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[offset + 2 * i] = c & 0xff;
    bytes[offset + 2 * i + 1] = c >>> 8;
  }
  bytes.fill(0, offset + text.length * 2, offset + maxBytes);
}
