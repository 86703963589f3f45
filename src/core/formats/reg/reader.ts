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
import { gatherHexLines, resolveHexValues } from './hex-data.js';
import type { PendingHex } from './hex-data.js';
import { applyRegFile } from './apply.js';

export const HEADER_5 = 'Windows Registry Editor Version 5.00';
export const HEADER_4 = 'REGEDIT4';

interface ParseState {
  lines: string[];
  version: number;
  /** Hex values not converted yet (see hex-data.ts), in file order. */
  pending: PendingHex[];
}

interface ValueLine {
  value: RegFileValue;
  /** The index of the first line after the value. */
  next: number;
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
  const state: ParseState = { lines, version, pending: [] };
  const keys: RegFileKey[] = [];
  let current: RegFileKey | undefined = undefined;
  const n = lines.length;
  let i = 1;
  while (i < n) {
    let line = lines[i];
    i++;
    if (line.length === 0) continue;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      line = trimBlanks(line);
      if (line.length === 0) continue;
    }
    if (line.startsWith('[')) {
      const key = parseKeyLine(state, line, i);
      keys.push(key);
      current = key;
      continue;
    }
    if (line.startsWith('"') || line.startsWith('@')) {
      if (current === undefined) fail(state, `W2D1006: line ${i}: a value before the first key`);
      if (current.deleted) fail(state, `W2D1006: line ${i}: a value under a key deletion [-${shorten(current.path)}]`);
      const v = parseValueLine(state, line, i - 1);
      current.values.push(v.value);
      i = v.next;
      continue;
    }
    if (line.startsWith(';')) continue;
    fail(state, `W2D1019: line ${i}: '${shorten(line)}' is not a key, a value or a comment`);
  }
  resolveHexValues(state.pending, lines, version);
  return { version, encoding: text.encoding, lineEnding: text.lineEnding, keys };
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

/** A value line (index = its 0-based line index); hex data may continue on the following lines. */
function parseValueLine(state: ParseState, line: string, index: number): ValueLine {
  const lineNo = index + 1;
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
    return { value: { name, deleted: false, type: REG_SZ, data: utf16z(s.text), form: 'string', line: lineNo }, next: index + 1 };
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
    return { value: { name, deleted: false, type: REG_DWORD, data: dwordBytes(v), form: 'dword', line: lineNo }, next: index + 1 };
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
    const hex = gatherHexLines(state.lines, index, payload);
    if (hex.error !== '') fail(state, hex.error);
    const value: RegFileValue = { name, deleted: false, type, data: host.bytesAlloc(0), form: 'hex', line: lineNo };
    state.pending.push({ value, hex, index, payload });
    return { value, next: hex.next };
  }

  if (head.startsWith('-')) {
    if (data.length > 1 && !isTrailerOk(data.slice(1))) fail(state, `W2D1021: line ${lineNo}: text after the value deletion '=-'`);
    return { value: { name, deleted: true, type: 0, data: host.bytesAlloc(0), form: 'delete', line: lineNo }, next: index + 1 };
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
