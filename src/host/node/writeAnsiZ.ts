import type { Bytes } from '../primitives.js';
import { WINDOWS_1252_HIGH } from './readAnsiZ.js';

/**
 * Encodes text as Windows-1252: U+0000..U+007F and U+00A0..U+00FF as themselves, the 27 characters
 * of the 0x80..0x9F table to their byte, the five undefined C1 controls (U+0081, U+008D, U+008F,
 * U+0090, U+009D) to their own byte (so decode/encode round-trips every byte), everything else to
 * '?' (0x3F): one '?' per code point, so a surrogate pair and a lone surrogate each give one '?'.
 */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) {
      out[n++] = c;
      continue;
    }
    const k = WINDOWS_1252_HIGH.indexOf(c);
    if (k >= 0) {
      out[n++] = 0x80 + k;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    out[n++] = 0x3f;
  }
  return out.slice(0, n);
}

/** Writes `text` as Windows-1252 into a field of maxBytes, NUL-terminated and zero-padded (W2D9003 when it does not fit). */
export function writeAnsiZ(bytes: Bytes, offset: number, maxBytes: number, text: string): void {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new Error('W2D9006: maxBytes must be a non-negative integer');
  }
  const encoded = encodeWindows1252(text);
  if (encoded.length + 1 > maxBytes) {
    throw new Error(`W2D9003: text needs ${encoded.length + 1} bytes with its NUL terminator but the field holds ${maxBytes}`);
  }
  if (offset < 0 || offset + maxBytes > bytes.length) {
    throw new Error(`W2D9001: write of ${maxBytes} bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  bytes.set(encoded, offset);
  bytes.fill(0, offset + encoded.length, offset + maxBytes);
}
