import { Buffer } from 'node:buffer';
import type { Bytes, DecodedText } from '../primitives.js';
import { decodeWindows1252 } from './readAnsiZ.js';

/**
 * UTF-16 code units taken as they are (lone surrogates kept, as readUtf16Z does); an odd last byte
 * becomes one U+FFFD.
 */
function decodeUtf16(bytes: Bytes, bigEndian: boolean): string {
  const even = bytes.length - (bytes.length % 2);
  // A copy, not a view: Node decodes an aligned copy about twice as fast as a view 2 bytes into
  // the file's buffer (measured on a 6 MB export), and swap16 needs one anyway.
  const buf = Buffer.allocUnsafe(even); // every byte is set on the next line
  buf.set(bytes.subarray(0, even));
  if (bigEndian) buf.swap16();
  const text = buf.toString('utf16le');
  return even === bytes.length ? text : text + '\uFFFD';
}

/**
 * Decodes a text file's bytes: a BOM (UTF-16LE FF FE, UTF-16BE FE FF, UTF-8 EF BB BF) wins and is
 * not part of the text; else UTF-8 when the bytes are valid UTF-8 (strict: no overlongs, no
 * surrogates, nothing above U+10FFFF, no truncated sequence; empty input is 'utf8'); else Windows-1252.
 * After a UTF-8 BOM, invalid sequences become U+FFFD (WHATWG rules, maximal subparts).
 */
export function decodeText(bytes: Bytes): DecodedText {
  const n = bytes.length;
  if (n >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf16le-bom' };
  }
  if (n >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf16be-bom' };
  }
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    return { text, encoding: 'utf8-bom' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'ansi' };
  }
}
