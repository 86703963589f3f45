/**
 * The .reg reader: `parseRegFile` reads regedit files (REGEDIT4 and version 5.00, any encoding
 * host.decodeText detects, CRLF/LF/CR) into their key blocks and value lines in file order;
 * `regFileToSnapshot` applies them (deletions included) to give a RegistrySnapshot.
 *
 * Grammar, as regedit (Windows and Wine) reads it; spaces and tabs may surround every part:
 *   line   := blank | ';' comment | '[' ['-'] path ']' [comment] | name '=' data
 *   name   := '@' | '"' text '"'          (escapes \\ \" and Wine's \n \r \0; "" is the default value too)
 *   data   := '-' | '"' text '"' | 'dword:' 1-8 hex digits | ('hex:' | 'hex(' N '):') items
 *   items  := byte {',' byte} [','] [comment] | ... ',' '\' (continued on the next line that is
 *             not blank or a comment)
 * Everything else is an error with an ID and the line number (table in ./errors.ts); the reader
 * never guesses past damage.
 */
import { host } from '../../../host/host.js';
import type { Bytes } from '../../../host/primitives.js';
import { REG_BINARY, REG_DWORD, REG_SZ } from '../../model/registry.js';
import type { RegistrySnapshot } from '../../model/registry.js';
import type { RegFile, RegFileKey, RegFileValue } from './types.js';
import { decodeRegText } from './text.js';
import { dwordBytes, parseHex32, shorten, trimBlanks } from './hex.js';
import { readQuoted } from './quoted.js';
import { gatherHexLinesExactly, hexStart, joinCanonicalLines, resolveHexValues } from './hex-data.js';
import type { PendingHex } from './hex-data.js';
import { applyRegFile } from './apply.js';

export const HEADER_5 = 'Windows Registry Editor Version 5.00';
export const HEADER_4 = 'REGEDIT4';

interface ParseState {
  lines: string[];
  version: number;
  hasSemicolon: boolean;
  /** Hex values not converted yet (see hex-data.ts), in file order. */
  pending: PendingHex[];
}

/** A value line's result; for hex data, the data is filled in later (resolveHexValues). */
interface ValueLine {
  value: RegFileValue;
  /** For hex data: its text on the value's line after `hex:` / `hex(N):`; else undefined. */
  hexPayload: string | undefined;
}

/** A hex value whose canonical continuation lines the main loop is collecting. */
interface Collecting {
  value: RegFileValue;
  index: number;
  payload: string;
  raw: string[];
}

/** Throws `message`, after the hex data of earlier lines: the first error in the file wins. */
function fail(state: ParseState, message: string): never {
  resolveHexValues(state.pending, state.lines, state.version);
  throw new Error(message);
}

/** true when `rest` (what follows data on its line) is blank or a comment. */
function isTrailerOk(rest: string): boolean {
  const t = trimBlanks(rest);
  return t.length === 0 || t.startsWith(';');
}

/** Reads a hex value exactly from its first line (index); returns the index of the line after it. */
function addExactHex(state: ParseState, value: RegFileValue, index: number, payload: string): number {
  const hex = gatherHexLinesExactly(state.lines, index, payload);
  if (hex.error !== '') fail(state, hex.error);
  state.pending.push({ value, hex, index, payload });
  return hex.next;
}

/** Reads a .reg file's bytes into its key blocks and value lines (nothing applied yet). */
export function parseRegFile(bytes: Bytes): RegFile {
  const text = decodeRegText(bytes);
  const lines = text.lines;
  const header = trimBlanks(lines[0]);
  let version = 0;
  if (header === HEADER_5) {
    version = 5;
  } else if (header === HEADER_4) {
    version = 4;
  } else if (lines.length === 1 && header.length === 0) {
    throw new Error('W2D1001: line 1: the file is empty');
  } else {
    throw new Error(`W2D1002: line 1: '${shorten(header)}' is not a registry file header ('${HEADER_5}' or '${HEADER_4}')`);
  }
  const hasSemicolon = text.hasSemicolon;
  const state: ParseState = { lines, version, hasSemicolon, pending: [] };
  const keys: RegFileKey[] = [];
  let current: RegFileKey | undefined = undefined;
  let collecting: Collecting | undefined = undefined;
  let skipTo = 1;
  const n = lines.length;
  // One pass, line by line, with inline string tests only on the common path (see hex-data.ts).
  for (let i = 1; i < n; i++) {
    if (i < skipTo) continue;
    let line = lines[i];
    if (collecting !== undefined) {
      const c: Collecting = collecting;
      // regedit's continuation layout: exactly two spaces, then data; no comment (tested inline:
      // this runs for every continuation line, and a function call costs more than the tests).
      const canonical = line.length > 2 && line.startsWith('  ') && !line.startsWith('   ') && !line.startsWith('  ;') && !(hasSemicolon && line.indexOf(';') >= 0);
      if (canonical) {
        c.raw.push(line);
        if (line.endsWith('\\')) continue;
        collecting = undefined;
        const fast = joinCanonicalLines(c.raw);
        if (fast !== undefined) {
          state.pending.push({ value: c.value, hex: { fast, pieces: [], next: i + 1, error: '' }, index: c.index, payload: c.payload });
          continue;
        }
      }
      // Not regedit's layout: read the value again exactly, from its first line (this reads line i too).
      collecting = undefined;
      skipTo = addExactHex(state, c.value, c.index, c.payload);
      continue;
    }
    if (line.length === 0) continue;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      line = trimBlanks(line);
      if (line.length === 0) continue;
    }
    if (line.startsWith('[')) {
      const key = parseKeyLine(state, line, i + 1);
      keys.push(key);
      current = key;
      continue;
    }
    if (line.startsWith('"') || line.startsWith('@')) {
      if (current === undefined) fail(state, `W2D1006: line ${i + 1}: a value before the first key`);
      if (current.deleted) fail(state, `W2D1006: line ${i + 1}: a value under a key deletion [-${shorten(current.path)}]`);
      const v = parseValueLine(state, line, i + 1);
      current.values.push(v.value);
      const payload = v.hexPayload;
      if (payload !== undefined) {
        const how = hexStart(payload, hasSemicolon);
        if (how === 'single') {
          state.pending.push({ value: v.value, hex: { fast: payload, pieces: [], next: i + 1, error: '' }, index: i, payload });
        } else if (how === 'continued') {
          collecting = { value: v.value, index: i, payload, raw: [payload] };
        } else {
          skipTo = addExactHex(state, v.value, i, payload);
        }
      }
      continue;
    }
    if (line.startsWith(';')) continue;
    fail(state, `W2D1019: line ${i + 1}: '${shorten(line)}' is not a key, a value or a comment`);
  }
  if (collecting !== undefined) addExactHex(state, collecting.value, collecting.index, collecting.payload);
  resolveHexValues(state.pending, lines, version);
  const endsWithBlankLine = n >= 3 && lines[n - 1].length === 0 && trimBlanks(lines[n - 2]).length === 0;
  return { version, encoding: text.encoding, lineEnding: text.lineEnding, endsWithBlankLine, keys };
}

/** `[path]` or `[-path]`; the path ends at the last `]` of the line (key names may hold `]`). */
function parseKeyLine(state: ParseState, line: string, lineNo: number): RegFileKey {
  let inner = '';
  if (line.endsWith(']')) {
    inner = line.slice(1, line.length - 1);
  } else {
    const close = line.lastIndexOf(']');
    if (close < 0) fail(state, `W2D1003: line ${lineNo}: the key line has no closing ']'`);
    if (!isTrailerOk(line.slice(close + 1))) fail(state, `W2D1005: line ${lineNo}: text after the closing ']' of the key`);
    inner = line.slice(1, close);
  }
  let deleted = false;
  if (inner.startsWith('-')) {
    deleted = true;
    inner = inner.slice(1);
  }
  if (inner.length === 0) fail(state, `W2D1004: line ${lineNo}: the key line names no key`);
  return { path: inner, deleted, line: lineNo, values: [] };
}

/** A value line; hex data may continue on the following lines (the caller reads them). */
function parseValueLine(state: ParseState, line: string, lineNo: number): ValueLine {
  let name = '';
  let data = '';
  if (line.startsWith('@=')) {
    data = line.slice(2);
  } else {
    let end = 1;
    if (line.startsWith('"')) {
      const q = readQuoted(line, 0, lineNo, 'W2D1007');
      if (q.error !== '') fail(state, q.error);
      name = q.text;
      end = q.end;
    }
    if (line.indexOf('=', end) === end) {
      data = line.slice(end + 1);
    } else {
      const rest = trimBlanks(line.slice(end));
      if (!rest.startsWith('=')) fail(state, `W2D1008: line ${lineNo}: '=' expected after the value name`);
      data = rest.slice(1);
    }
  }
  if (data.startsWith(' ') || data.startsWith('\t')) data = trimBlanks(data);

  let head = data;
  if (!(data.startsWith('"') || data.startsWith('dword:') || data.startsWith('hex') || data.startsWith('-'))) head = data.toLowerCase();

  if (head.startsWith('"')) {
    const s = readQuoted(data, 0, lineNo, 'W2D1009');
    if (s.error !== '') fail(state, s.error);
    if (s.end !== data.length && !isTrailerOk(data.slice(s.end))) fail(state, `W2D1010: line ${lineNo}: text after the closing quote of the string`);
    return { value: { name, deleted: false, type: REG_SZ, data: utf16z(s.text), form: 'string', line: lineNo }, hexPayload: undefined };
  }

  if (head.startsWith('dword:')) {
    let v = parseHex32(data.slice(6));
    if (v < 0) {
      let h = data.slice(6);
      const semi = h.indexOf(';');
      if (semi >= 0) h = h.slice(0, semi);
      v = parseHex32(trimBlanks(h));
      if (v < 0) fail(state, `W2D1012: line ${lineNo}: dword: '${shorten(trimBlanks(h))}' is not 1 to 8 hex digits`);
    }
    return { value: { name, deleted: false, type: REG_DWORD, data: dwordBytes(v), form: 'dword', line: lineNo }, hexPayload: undefined };
  }

  if (head.startsWith('hex')) {
    let type = REG_BINARY;
    let payload = '';
    if (head.startsWith('hex:')) {
      payload = data.slice(4);
    } else if (head.startsWith('hex(')) {
      const close = data.indexOf('):');
      const t = close < 0 ? -1 : parseHex32(data.slice(4, close));
      if (t < 0) fail(state, `W2D1013: line ${lineNo}: '${shorten(data)}': hex(N): needs a type N of 1 to 8 hex digits`);
      type = t;
      payload = data.slice(close + 2);
    } else {
      fail(state, `W2D1018: line ${lineNo}: unknown data type in '${shorten(data)}'`);
    }
    return { value: { name, deleted: false, type, data: host.bytesAlloc(0), form: 'hex', line: lineNo }, hexPayload: payload };
  }

  if (head.startsWith('-')) {
    if (data.length > 1 && !isTrailerOk(data.slice(1))) fail(state, `W2D1021: line ${lineNo}: text after the value deletion '=-'`);
    return { value: { name, deleted: true, type: 0, data: host.bytesAlloc(0), form: 'delete', line: lineNo }, hexPayload: undefined };
  }

  fail(state, `W2D1018: line ${lineNo}: unknown data type in '${shorten(data)}'`);
}

/** A string as REG_SZ data: UTF-16LE with the terminating NUL. */
export function utf16z(text: string): Bytes {
  const b = host.encodeText(`${text}\u0000`, 'utf16le-bom');
  return host.bytesSlice(b, 2, b.length);
}

/** Applies a parsed file in order (keys created and merged, values set, deletions done). */
export function regFileToSnapshot(file: RegFile): RegistrySnapshot {
  return applyRegFile(file);
}
