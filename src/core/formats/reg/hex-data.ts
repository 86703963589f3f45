/**
 * The hex data of one value (`hex:` / `hex(N):`), possibly continued over several lines, and its
 * deferred conversion to bytes.
 *
 * Speed matters in PowerShell, so canonical regedit output takes a fast path: the lines are
 * gathered with inline string tests only, and each value's data `xx,xx,...` is checked and converted
 * by one primitive call (host.hexListToBytes), not per byte.
 * Anything else (other indentation, comments, spaces, 1-digit items, errors) is read again by the
 * exact path, item by item, which gives the precise error and line.
 */
import { host } from '../../../host/host.js';
import type { Bytes } from '../../../host/primitives.js';
import { REG_EXPAND_SZ, REG_MULTI_SZ, REG_SZ } from '../../model/registry.js';
import type { RegFileValue } from './types.js';
import { hexPiece, hexPiecesToBytes, isHexDigit, trimBlanks } from './hex.js';
import type { HexPiece } from './hex.js';

/** The lines of one hex value. */
export interface HexLines {
  /** The data as a canonical candidate `xx,xx,...,xx` ('' for no data) when `pieces` is empty. */
  fast: string;
  /** The exact reading, line by line (empty when the fast path applies). */
  pieces: HexPiece[];
  /** The index of the first line after the value. */
  next: number;
  /** '' or the complete error message (the continuation is broken). */
  error: string;
}

/** A value whose hex data is converted to bytes later, in file order, by resolveHexValues. */
export interface PendingHex {
  value: RegFileValue;
  hex: HexLines;
  /** The index of the value's first line, and its hex text after `hex:` / `hex(N):`. */
  index: number;
  payload: string;
}

/**
 * The first line of a hex value: how its lines are read. 'single': the data is complete on this
 * line in canonical form; 'continued': it ends with `\` in canonical form (the reader collects the
 * next lines while they keep regedit's layout); 'exact': anything else (comments, trailing blanks).
 */
export function hexStart(payload: string, hasSemicolon: boolean): string {
  if (hasSemicolon && payload.indexOf(';') >= 0) return 'exact';
  if (payload.endsWith('\\')) return 'continued';
  if (payload.endsWith(' ') || payload.endsWith('\t')) return 'exact';
  return 'single';
}

/**
 * The data of canonical lines (the first line's hex text, then the continuation lines as they are)
 * as one candidate `xx,xx,...`: the `\` + two-space junctions removed. undefined when the last line
 * ends with a blank or a junction is not exactly that (then the exact path reads the value).
 */
export function joinCanonicalLines(raw: string[]): string | undefined {
  const last = raw[raw.length - 1];
  if (last.endsWith(' ') || last.endsWith('\t')) return undefined;
  const joined = raw.join('');
  const fast = joined.replaceAll('\\  ', '');
  return joined.length - fast.length === 3 * (raw.length - 1) ? fast : undefined;
}

/**
 * The exact reading: a `;` starts a comment, spaces and tabs around items are skipped, a line
 * ending with `\` continues on the next line that is not blank or a comment, which must start with
 * a hex digit (as in regedit).
 */
export function gatherHexLinesExactly(lines: string[], index: number, payload: string): HexLines {
  const pieces: HexPiece[] = [];
  let p = hexPiece(payload, index + 1);
  pieces.push(p);
  let i = index + 1;
  while (p.continued) {
    if (i >= lines.length) {
      return { fast: '', pieces, next: i, error: `W2D1016: line ${p.line}: hex data continues with '\\' but the file ends (truncated file)` };
    }
    const t = trimBlanks(lines[i]);
    i++;
    if (t.length === 0 || t.startsWith(';')) continue;
    if (!isHexDigit(t.slice(0, 1))) {
      return { fast: '', pieces, next: i, error: `W2D1017: line ${i}: the hex data of line ${p.line} continues with '\\' but this line is not hex data` };
    }
    p = hexPiece(t, i);
    pieces.push(p);
  }
  return { fast: '', pieces, next: i, error: '' };
}

/**
 * Converts the data of every pending value to bytes, in file order (the first bad value throws).
 * REGEDIT4 files hold REG_SZ, REG_EXPAND_SZ and REG_MULTI_SZ hex data as ANSI text: like regedit
 * on import, it becomes UTF-16LE.
 */
export function resolveHexValues(pending: PendingHex[], lines: string[], version: number): void {
  for (const p of pending) {
    const h = p.hex;
    // Canonical data converts in one primitive call; anything else is read item by item.
    let data = h.pieces.length === 0 ? host.hexListToBytes(h.fast) : undefined;
    if (data === undefined) {
      const exact = h.pieces.length > 0 ? h : gatherHexLinesExactly(lines, p.index, p.payload);
      if (exact.error !== '') throw new Error(exact.error);
      data = hexPiecesToBytes(exact.pieces);
    }
    const t = p.value.type;
    if (version === 4 && (t === REG_SZ || t === REG_EXPAND_SZ || t === REG_MULTI_SZ)) data = ansiToUtf16(data);
    p.value.data = data;
  }
}

/** Windows-1252 bytes (NULs kept) as UTF-16LE bytes. */
export function ansiToUtf16(data: Bytes): Bytes {
  const n = data.length;
  if (n === 0) return data;
  const parts: string[] = [];
  let off = 0;
  while (off < n) {
    const s = host.readAnsiZ(data, off, n - off);
    parts.push(s);
    off += s.length;
    if (off < n) {
      parts.push('\u0000');
      off++;
    }
  }
  const b = host.encodeText(parts.join(''), 'utf16le-bom');
  return host.bytesSlice(b, 2, b.length);
}
