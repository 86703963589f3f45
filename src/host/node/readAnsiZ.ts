import { Buffer } from 'node:buffer';
import type { Bytes } from '../primitives.js';

/**
 * Windows-1252 bytes 0x80..0x9F (index 0 = 0x80). The five bytes 1252 leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as Windows and WHATWG do. Every other
 * byte maps to the code point of the same value. An explicit table, so no result depends on the
 * code pages installed.
 */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes every byte as Windows-1252 (NUL included; no terminator handling). */
export function decodeWindows1252(bytes: Bytes): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  let out = '';
  let from = 0;
  for (let i = 0; i < latin1.length; i++) {
    const c = latin1.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) {
      out += latin1.substring(from, i) + String.fromCharCode(WINDOWS_1252_HIGH[c - 0x80]);
      from = i + 1;
    }
  }
  return out + latin1.substring(from);
}

/** A NUL-terminated Windows-1252 string within bytes [offset, offset + maxBytes); no NUL: the whole field. */
export function readAnsiZ(bytes: Bytes, offset: number, maxBytes: number): string {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new Error('W2D9006: maxBytes must be a non-negative integer');
  }
  if (offset < 0 || offset + maxBytes > bytes.length) {
    throw new Error(`W2D9001: read of ${maxBytes} bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  let end = offset;
  const limit = offset + maxBytes;
  while (end < limit && bytes[end] !== 0) end++;
  return decodeWindows1252(bytes.subarray(offset, end));
}
