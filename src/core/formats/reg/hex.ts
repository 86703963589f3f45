/**
 * Hex text of .reg data: lookup tables, the canonical-form test, byte items and the regedit line
 * wrapping. Everything here avoids per-character helper calls: lookups in tables built once, and
 * whole-string operations (PowerShell pays ~20-60 µs for each call of a small function).
 */
import { host } from '../../../host/host.js';
import type { Bytes } from '../../../host/primitives.js';
import { charRun } from './text.js';

const DIGITS: string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
/** Every hex digit character, either case, and its value (parallel arrays). */
const DIGIT_CHARS: string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F'];
const DIGIT_VALUES: number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 10, 11, 12, 13, 14, 15];
/**
 * BYTE_HEX.get(b): the byte as two lower-case hex digits. (Maps, not arrays: the compiler inlines a
 * Map lookup, while an array index it cannot prove non-negative costs a helper call per byte.)
 */
export const BYTE_HEX: Map<number, string> = buildByteHex('');
/** BYTE_HEX_COMMA.get(b): the byte as two lower-case hex digits and a comma. */
export const BYTE_HEX_COMMA: Map<number, string> = buildByteHex(',');
/** The byte value of each hex item regedit files use: 1 or 2 digits, either case. */
const HEX_ITEM: Map<string, number> = buildHexItems();
/** The value of each single hex digit, either case. */
const HEX_DIGIT: Map<string, number> = buildHexDigits();

function buildByteHex(suffix: string): Map<number, string> {
  const out = new Map<number, string>();
  for (let hi = 0; hi < 16; hi++) {
    for (let lo = 0; lo < 16; lo++) out.set(hi * 16 + lo, DIGITS[hi] + DIGITS[lo] + suffix);
  }
  return out;
}

/** Two lower-case hex digits for a byte value 0..255. */
export function byteHex(b: number): string {
  return BYTE_HEX.get(b)!;
}

function buildHexDigits(): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < 22; i++) m.set(DIGIT_CHARS[i], DIGIT_VALUES[i]);
  return m;
}

function buildHexItems(): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < 22; i++) {
    const c = DIGIT_CHARS[i];
    const hi = DIGIT_VALUES[i] * 16;
    m.set(c, DIGIT_VALUES[i]);
    for (let j = 0; j < 22; j++) m.set(c + DIGIT_CHARS[j], hi + DIGIT_VALUES[j]);
  }
  return m;
}

/** true for one hex digit character (either case). */
export function isHexDigit(c: string): boolean {
  return HEX_DIGIT.has(c);
}

/**
 * A hex number of 1 to 8 digits (either case) as a number, or -1 when `s` is not one. Four lookups
 * of two-digit items, no parseInt: PowerShell pays for every call, and a table says exactly which
 * characters are digits (no sign, no blanks, no `0x`).
 */
export function parseHex32(s: string): number {
  const n = s.length;
  if (n < 1 || n > 8) return -1;
  const t = '00000000'.slice(n) + s;
  const b3 = HEX_ITEM.get(t.slice(0, 2));
  const b2 = HEX_ITEM.get(t.slice(2, 4));
  const b1 = HEX_ITEM.get(t.slice(4, 6));
  const b0 = HEX_ITEM.get(t.slice(6, 8));
  if (b3 === undefined || b2 === undefined || b1 === undefined || b0 === undefined) return -1;
  return b3 * 16777216 + b2 * 65536 + b1 * 256 + b0;
}

/** The four little-endian bytes of a 32-bit value given as a number 0..4294967295. */
export function dwordBytes(v: number): Bytes {
  return host.hexToBytes(BYTE_HEX.get(v % 256)! + BYTE_HEX.get(Math.floor(v / 256) % 256)! + BYTE_HEX.get(Math.floor(v / 65536) % 256)! + BYTE_HEX.get(Math.floor(v / 16777216) % 256)!);
}

/** The 8 lower-case hex digits `dword:` shows for 4 little-endian bytes. */
export function dwordHex(data: Bytes): string {
  return BYTE_HEX.get(data[3])! + BYTE_HEX.get(data[2])! + BYTE_HEX.get(data[1])! + BYTE_HEX.get(data[0])!;
}

/** One line's share of hex data: the items (comment, indentation and continuation removed). */
export interface HexPiece {
  /** The items of this line, e.g. `00,01,` (spaces and tabs trimmed at both ends). */
  text: string;
  /** true when the line ends with the continuation `\`. */
  continued: boolean;
  line: number;
}

/** Removes spaces and tabs at both ends (the only whitespace regedit skips). */
export function trimBlanks(s: string): string {
  if (!(s.startsWith(' ') || s.startsWith('\t') || s.endsWith(' ') || s.endsWith('\t'))) return s;
  const t = s.indexOf('\t') >= 0 ? s.replaceAll('\t', ' ') : s;
  const lead = charRun(t, ' ', true);
  if (lead === t.length) return '';
  return s.slice(lead, s.length - charRun(t, ' ', false));
}

/** Splits the hex part of one line into its items and the continuation mark; a `;` starts a comment. */
export function hexPiece(raw: string, line: number): HexPiece {
  let s = raw;
  const semi = s.indexOf(';');
  if (semi >= 0) s = s.slice(0, semi);
  s = trimBlanks(s);
  const continued = s.endsWith('\\');
  if (continued) s = trimBlanks(s.slice(0, s.length - 1));
  return { text: s, continued, line };
}

/**
 * The bytes of hex items spread over pieces, checked item by item (the exact path, for input that
 * is not in regedit's canonical form). A continued piece must end with a comma (or be empty); the
 * last may end with one.
 */
export function hexPiecesToBytes(pieces: HexPiece[]): Bytes {
  const out: string[] = [];
  for (const p of pieces) {
    let s = p.text;
    if (s.length === 0) continue;
    if (s.endsWith(',')) {
      s = s.slice(0, s.length - 1);
    } else if (p.continued) {
      throw new Error(`W2D1015: line ${p.line}: hex data: the continuation '\\' must follow a comma`);
    }
    const items = s.split(',');
    for (const item of items) {
      let t = item;
      if (t.startsWith(' ') || t.startsWith('\t') || t.endsWith(' ') || t.endsWith('\t')) t = trimBlanks(t);
      if (t.length === 0) throw new Error(`W2D1015: line ${p.line}: hex data: an empty item (two commas in a row)`);
      const v = HEX_ITEM.get(t);
      if (v === undefined) throw new Error(`W2D1014: line ${p.line}: hex data: '${shorten(t)}' is not a byte (1 or 2 hex digits)`);
      out.push(byteHex(v));
    }
  }
  return host.hexToBytes(out.join(''));
}

/** A piece of input quoted in a message: at most 20 characters, control characters shown as escapes. */
export function shorten(s: string): string {
  let t = s.length > 20 ? `${s.slice(0, 20)}...` : s;
  if (t.indexOf('\u0000') >= 0) t = t.replaceAll('\u0000', '\\0');
  if (t.indexOf('\r') >= 0) t = t.replaceAll('\r', '\\r');
  if (t.indexOf('\n') >= 0) t = t.replaceAll('\n', '\\n');
  if (t.indexOf('\t') >= 0) t = t.replaceAll('\t', '\\t');
  return t;
}

/**
 * The hex items of `data` as regedit writes them after `prefix` (`"name"=hex:` or `@=hex(7):`):
 * two lower-case digits per byte separated by commas; after an item's comma, when the line has
 * reached 77 characters, the line ends with `\` and the next starts with two spaces. So a line is
 * at most 80 characters (Windows regedit and Wine's regedit export wrap exactly like this).
 */
export function formatHexValue(prefix: string, data: Bytes): string {
  const n = data.length;
  const parts: string[] = [prefix];
  let lineLen = prefix.length;
  const last = n - 1;
  for (let i = 0; i < last; i++) {
    parts.push(BYTE_HEX_COMMA.get(data[i])!);
    lineLen += 3;
    if (lineLen >= 77) {
      parts.push('\\\r\n  ');
      lineLen = 2;
    }
  }
  if (n > 0) parts.push(BYTE_HEX.get(data[last])!);
  return parts.join('');
}
