/**
 * The text layer of a .reg file: bytes -> text (encoding detection by host.decodeText, plus UTF-16LE
 * without a BOM) -> lines (CRLF, LF and lone CR all end a line, as in regedit).
 */
import { host } from '../../../host/host.js';
import type { Bytes } from '../../../host/primitives.js';

export interface RegText {
  encoding: string;
  lineEnding: string;
  /** The lines without their line endings; lines[0] is line 1. */
  lines: string[];
  /** true when the text holds a `;` anywhere (only then can a line hold a comment). */
  hasSemicolon: boolean;
}

export function decodeRegText(bytes: Bytes): RegText {
  const n = bytes.length;
  if (n === 0) throw new Error('W2D1001: line 1: the file is empty');
  let decoded = host.decodeText(bytes);
  let encoding = decoded.encoding;
  let oddUtf16 = false;
  if ((encoding === 'utf8' || encoding === 'ansi') && n >= 2 && bytes[0] !== 0 && bytes[1] === 0) {
    // UTF-16LE without a BOM ('W\0i\0n\0...'): detection took it for UTF-8 (NULs are valid UTF-8) or ANSI.
    decoded = host.decodeText(host.bytesConcat([host.hexToBytes('fffe'), bytes]));
    encoding = 'utf16le';
    oddUtf16 = n % 2 === 1;
  } else if (encoding === 'utf16le-bom' || encoding === 'utf16be-bom') {
    oddUtf16 = n % 2 === 1;
  }
  let text = decoded.text;
  // Some tools pad a file with NUL characters at the end.
  if (text.endsWith('\u0000')) text = text.slice(0, text.length - charRun(text, '\u0000', false));

  // One copy for the common case: CRLF becomes LF, and the line count says whether lone LFs were
  // there too (every CRLF shortened the text by one character).
  const crlf = text.indexOf('\r\n') >= 0;
  const joined = crlf ? text.replaceAll('\r\n', '\n') : text;
  const crlfCount = text.length - joined.length;
  // A CR left after that is a lone CR (rare: old Mac files).
  const cr = joined.indexOf('\r') >= 0;
  let lines: string[];
  let lf = false;
  if (cr) {
    lf = joined.split('\n').length - 1 > crlfCount;
    lines = joined.replaceAll('\r', '\n').split('\n');
  } else {
    lines = joined.split('\n');
    lf = lines.length - 1 > crlfCount;
  }
  let lineEnding = 'none';
  const kinds = (crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds > 1) lineEnding = 'mixed';
  else if (crlf) lineEnding = 'CRLF';
  else if (lf) lineEnding = 'LF';
  else if (cr) lineEnding = 'CR';

  if (oddUtf16) {
    throw new Error(`W2D1020: line ${lines.length}: the UTF-16 text has an odd number of bytes (${n}): the file is truncated`);
  }
  return { encoding, lineEnding, lines, hasSemicolon: joined.indexOf(';') >= 0 };
}

/**
 * How many times the character `c` repeats at the start (or end) of `t`: galloping, then binary
 * search with startsWith / endsWith of c.repeat(k), so a long run costs O(log n) inline tests
 * instead of a call per character.
 */
export function charRun(t: string, c: string, atStart: boolean): number {
  const len = t.length;
  let n = 0;
  let step = 1;
  while (n + step <= len && (atStart ? t.startsWith(c.repeat(n + step)) : t.endsWith(c.repeat(n + step)))) {
    n += step;
    step *= 2;
  }
  while (step > 1) {
    step = Math.floor(step / 2);
    if (n + step <= len && (atStart ? t.startsWith(c.repeat(n + step)) : t.endsWith(c.repeat(n + step)))) n += step;
  }
  return n;
}
