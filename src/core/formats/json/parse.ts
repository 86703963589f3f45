/**
 * A strict RFC 8259 JSON reader in the compilable subset.
 *
 * Accepts exactly what JSON.parse accepts, with two documented differences: a member name that occurs
 * twice in one object is an error (W2D1310; JSON.parse keeps the last), and nesting deeper than
 * JSON_MAX_DEPTH (256) is an error (W2D1309). Like JSON.parse it reads numbers as doubles (`1e400` is
 * Infinity, `-0` is -0), accepts lone surrogates written as \u escapes, and rejects a byte order mark.
 *
 * Every problem is an error value (tryParseJson) or an Error (parseJson) whose message starts with a
 * W2D13xx ID and ends with `at line L, column C`; the reader never loops without consuming input.
 *
 * How it stays fast in PowerShell, where every function call (and every string builtin: indexOf,
 * slice, charCodeAt) costs tens of microseconds: the text is cut at every quote by ONE split; the
 * pieces between quotes are string contents, taken as they are unless a backslash falls inside them;
 * the pieces outside strings (`: `, `,\n    `, `},{`) repeat, so each distinct one is tokenized once
 * (over its UTF-8 bytes, with inline byte comparisons) and cached. The grammar is then one loop with
 * an explicit container stack: no call per token, no recursion. Raw control characters are found with
 * one indexOf per character for the text (U+0000..U+001F except tab, LF, CR) or, for tab, LF and CR
 * (legal between tokens), by comparing their count in the text with their count between tokens;
 * only when they differ (or the text is invalid anyway) does a second, slower pass find the first
 * one inside a string, so the error reported is always the first one in the text.
 */
import { host } from '../../../host/host.js';
import { JSON_MAX_DEPTH, type JsonArray, type JsonObject, type JsonValue } from './value.js';
import {
  W2D1301,
  W2D1302,
  W2D1303,
  W2D1304,
  W2D1305,
  W2D1306,
  W2D1307,
  W2D1308,
  W2D1309,
  W2D1310,
  W2D1311,
  W2D1312,
} from './errors.js';
import { CONTROL_CHARS_EXCEPT_LINE, countOf, positionsOf } from './text-scan.js';

/** The outcome of tryParseJson: the value, or the error message and its offset. */
export interface JsonParseResult {
  ok: boolean;
  /** The value when ok, else null. */
  value: JsonValue | null;
  /** `W2D13xx: ... at line L, column C` when not ok, else ''. */
  error: string;
  /** The UTF-16 offset of the problem when not ok, else -1. */
  errorOffset: number;
}

// Token kinds of the outside-string tokenizer (OP_STRING stands for a whole string).
const OP_STRING = 0;
const OP_OBJ_OPEN = 1;
const OP_OBJ_CLOSE = 2;
const OP_ARR_OPEN = 3;
const OP_ARR_CLOSE = 4;
const OP_COLON = 5;
const OP_COMMA = 6;
const OP_NUMBER = 7;
const OP_TRUE = 8;
const OP_FALSE = 9;
const OP_NULL = 10;
const OP_BAD_CHAR = 11;
const OP_BAD_NUMBER = 12;
const OP_BAD_WORD = 13;

// Grammar states.
const S_VALUE = 0;
const S_ARR_FIRST = 1;
const S_OBJ_FIRST = 2;
const S_KEY = 3;
const S_COLON = 4;
const S_AFTER = 5;
const S_DONE = 6;

interface OutsideOp {
  kind: number;
  /** Offset of the token in its piece of text. */
  off: number;
  /** OP_NUMBER: the value. */
  num: number;
  /** OP_BAD_WORD / OP_BAD_NUMBER: the word. */
  text: string;
}

/** The tokens of one piece of text between strings, and how many tabs, LFs and CRs it has. */
interface OutsidePiece {
  ops: OutsideOp[];
  lineControls: number;
}

/** Parses JSON text; throws Error('W2D13xx: ... at line L, column C') when it is not valid JSON. */
export function parseJson(text: string): JsonValue {
  const r = tryParseJson(text);
  if (!r.ok) throw new Error(r.error);
  return r.value!;
}

/** Parses JSON text; the error comes back as a value (never thrown). */
export function tryParseJson(text: string): JsonParseResult {
  const fast = parseCore(text, false);
  if (fast.error === '' && !fast.suspect) return { ok: true, value: fast.value, error: '', errorOffset: -1 };
  let r = fast;
  // A raw tab, LF or CR may sit inside a string before the point reached: the slow pass finds it.
  if (fast.error === '' || hasLineControls(text)) r = parseCore(text, true);
  if (r.error === '') return { ok: true, value: r.value, error: '', errorOffset: -1 };
  return { ok: false, value: null, error: `${r.error} at ${lineColumn(text, r.errorOffset)}`, errorOffset: r.errorOffset };
}

/** `line L, column C` (1-based, columns in UTF-16 code units) of an offset in the text. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = 1 + before.length - before.replaceAll('\n', '').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

interface CoreResult {
  value: JsonValue | null;
  /** The message without its position, or '' when the text parsed. */
  error: string;
  errorOffset: number;
  /** Parsed, but tab/LF/CR counts say one of them is inside a string (the slow pass decides). */
  suspect: boolean;
}

function hasLineControls(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0;
}

/** How many backslashes end `s` (which ends with at least one): doubling, then bisection. */
function trailingBackslashes(s: string): number {
  let lo = 1;
  let hi = 2;
  while (hi <= s.length && s.endsWith('\\'.repeat(hi))) {
    lo = hi;
    hi = hi * 2;
  }
  if (hi > s.length + 1) hi = s.length + 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (s.endsWith('\\'.repeat(mid))) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** How a character appears in a message: 'x', or U+XXXX for controls and non-ASCII. */
function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'end of input';
  const code = text.charCodeAt(offset);
  if (code < 32 || code > 126) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${text.charAt(offset)}'`;
}

function describeOp(kind: number): string {
  if (kind === OP_STRING) return 'string';
  if (kind === OP_OBJ_OPEN) return "'{'";
  if (kind === OP_OBJ_CLOSE) return "'}'";
  if (kind === OP_ARR_OPEN) return "'['";
  if (kind === OP_ARR_CLOSE) return "']'";
  if (kind === OP_COLON) return "':'";
  if (kind === OP_COMMA) return "','";
  if (kind === OP_NUMBER) return 'number';
  if (kind === OP_TRUE) return 'true';
  if (kind === OP_FALSE) return 'false';
  return 'null';
}

function expected(state: number, inObject: boolean): string {
  if (state === S_VALUE) return 'a value';
  if (state === S_ARR_FIRST) return "a value or ']'";
  if (state === S_OBJ_FIRST) return "a member name (a string) or '}'";
  if (state === S_KEY) return 'a member name (a string)';
  if (state === S_COLON) return "':'";
  return inObject ? "',' or '}'" : "',' or ']'";
}

/** The message for a token the grammar does not allow in this state. */
function unexpectedToken(kind: number, state: number, inObject: boolean): string {
  if (state === S_DONE) return `${W2D1312}: unexpected ${describeOp(kind)} after the JSON value`;
  return `${W2D1311}: unexpected ${describeOp(kind)} (expected ${expected(state, inObject)})`;
}

/** A word that is not valid JSON, shortened for the message. */
function quoteWord(w: string): string {
  return w.length > 24 ? `'${w.slice(0, 24)}...'` : `'${w}'`;
}

/**
 * Tokenizes one piece of text between strings. Every character must be ASCII whitespace, a
 * structural character or part of a word (number or literal), so the piece is read through its
 * UTF-8 bytes: the first byte >= 0x80 is the first non-ASCII character, at the same index.
 * Tokenizing stops at the first bad character (OP_BAD_CHAR is the last op then).
 */
function tokenizeOutside(piece: string): OutsidePiece {
  const ops: OutsideOp[] = [];
  let lineControls = 0;
  const b = host.encodeText(piece, 'utf8');
  const n = b.length;
  let ws = -1;
  let ns = 0;
  let numeric = false;
  let simple = true;
  let neg = false;
  let digits = 0;
  let intVal = 0;
  for (let j = 0; j <= n; j++) {
    const c = j < n ? b[j] : 32;
    const delim = c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 58 || c === 91 || c === 93 || c === 123 || c === 125;
    if (!delim) {
      if (c < 32 || c > 126) {
        ops.push({ kind: OP_BAD_CHAR, off: j, num: 0, text: '' });
        ws = -1;
        break;
      }
      const digit = c >= 48 && c <= 57;
      if (ws < 0) {
        // a word starts with a letter (literal) or a number character; anything else is unexpected
        const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
        if (!letter && !digit && c !== 45 && c !== 43 && c !== 46) {
          ops.push({ kind: OP_BAD_CHAR, off: j, num: 0, text: '' });
          break;
        }
        ws = j;
        numeric = digit || c === 45 || c === 43 || c === 46;
        simple = true;
        neg = c === 45;
        digits = 0;
        intVal = 0;
        if (c === 45) ns = 1;
        else if (c === 48) ns = 2;
        else if (digit) ns = 3;
        else ns = 99;
        if (digit) {
          intVal = c - 48;
          digits = 1;
        }
        continue;
      }
      if (ns === 1) {
        if (c === 48) ns = 2;
        else if (digit) ns = 3;
        else ns = 99;
        if (digit) {
          intVal = c - 48;
          digits = 1;
        }
      } else if (ns === 2 || ns === 3) {
        if (digit && ns === 3) {
          intVal = intVal * 10 + (c - 48);
          digits++;
        } else if (c === 46) {
          ns = 4;
          simple = false;
        } else if (c === 101 || c === 69) {
          ns = 6;
          simple = false;
        } else ns = 99;
      } else if (ns === 4 || ns === 5) {
        if (digit) ns = 5;
        else if (c === 101 || c === 69) {
          if (ns === 5) ns = 6;
          else ns = 99;
        } else ns = 99;
      } else if (ns === 6) {
        if (c === 43 || c === 45) ns = 7;
        else if (digit) ns = 8;
        else ns = 99;
      } else if (ns === 7 || ns === 8) {
        if (digit) ns = 8;
        else ns = 99;
      }
      continue;
    }
    if (ws >= 0) {
      if (numeric) {
        if (ns === 2 || ns === 3 || ns === 5 || ns === 8) {
          let v = 0;
          if (simple && digits <= 15 && !(neg && intVal === 0)) v = neg ? -intVal : intVal;
          else v = Number(piece.slice(ws, j));
          ops.push({ kind: OP_NUMBER, off: ws, num: v, text: '' });
        } else {
          ops.push({ kind: OP_BAD_NUMBER, off: ws, num: 0, text: piece.slice(ws, j) });
          ws = -1;
          break;
        }
      } else {
        const w = piece.slice(ws, j);
        if (w === 'true') ops.push({ kind: OP_TRUE, off: ws, num: 0, text: '' });
        else if (w === 'false') ops.push({ kind: OP_FALSE, off: ws, num: 0, text: '' });
        else if (w === 'null') ops.push({ kind: OP_NULL, off: ws, num: 0, text: '' });
        else {
          ops.push({ kind: OP_BAD_WORD, off: ws, num: 0, text: w });
          ws = -1;
          break;
        }
      }
      ws = -1;
    }
    if (j === n) break;
    if (c === 10 || c === 13 || c === 9) lineControls++;
    else if (c === 123) ops.push({ kind: OP_OBJ_OPEN, off: j, num: 0, text: '' });
    else if (c === 125) ops.push({ kind: OP_OBJ_CLOSE, off: j, num: 0, text: '' });
    else if (c === 91) ops.push({ kind: OP_ARR_OPEN, off: j, num: 0, text: '' });
    else if (c === 93) ops.push({ kind: OP_ARR_CLOSE, off: j, num: 0, text: '' });
    else if (c === 58) ops.push({ kind: OP_COLON, off: j, num: 0, text: '' });
    else if (c === 44) ops.push({ kind: OP_COMMA, off: j, num: 0, text: '' });
  }
  return { ops, lineControls };
}

interface Decoded {
  str: string;
  error: string;
  errorOffset: number;
}

/** Four hex digits as a number, or -1. */
function hex4(h: string): number {
  if (h.length !== 4) return -1;
  const code = Number.parseInt(h, 16);
  if (!(code >= 0)) return -1;
  return code.toString(16).padStart(4, '0') === h.toLowerCase() ? code : -1;
}

/**
 * The escapes of one string's raw content (which has at least one backslash); `start` is the offset
 * of the content in the text. Cut at every backslash: the piece after one starts with the escape
 * character, or is empty when that character is the next backslash (`\\`).
 */
function decodeEscapes(raw: string, start: number): Decoded {
  const pieces = raw.split('\\');
  const out: string[] = [pieces[0]];
  let bsAt = start + pieces[0].length;
  let literal = false;
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const here = bsAt;
    bsAt = here + 1 + p.length;
    if (literal) {
      out.push(p);
      literal = false;
      continue;
    }
    if (p === '') {
      if (i === pieces.length - 1) return { str: '', error: `${W2D1305}: backslash at the end of a string`, errorOffset: here };
      out.push('\\');
      literal = true;
      continue;
    }
    let rest = 1;
    if (p.startsWith('"')) out.push('"');
    else if (p.startsWith('n')) out.push('\n');
    else if (p.startsWith('/')) out.push('/');
    else if (p.startsWith('t')) out.push('\t');
    else if (p.startsWith('r')) out.push('\r');
    else if (p.startsWith('b')) out.push('\b');
    else if (p.startsWith('f')) out.push('\f');
    else if (p.startsWith('u')) {
      const code = hex4(p.slice(1, 5));
      if (code < 0) {
        return { str: '', error: `${W2D1306}: \\u must be followed by four hexadecimal digits`, errorOffset: here };
      }
      out.push(String.fromCharCode(code));
      rest = 5;
    } else {
      return { str: '', error: `${W2D1305}: invalid escape ${describeChar(raw, here - start + 1)} after a backslash`, errorOffset: here };
    }
    if (p.length > rest) out.push(p.slice(rest));
  }
  return { str: out.join(''), error: '', errorOffset: -1 };
}

/**
 * One pass over the text. `slow`: also look for a raw tab, LF or CR inside every string (through
 * their positions), used when the fast pass cannot rule them out.
 */
function parseCore(text: string, slow: boolean): CoreResult {
  const len = text.length;
  const far = len + 1;
  let ctlFirst = far;
  for (const ch of CONTROL_CHARS_EXCEPT_LINE) {
    const p = text.indexOf(ch);
    if (p >= 0 && p < ctlFirst) ctlFirst = p;
  }
  let bsNext = text.indexOf('\\');
  if (bsNext < 0) bsNext = far;
  // slow pass: positions of tab, LF, CR with a cursor each
  const nlAt = slow ? positionsOf(text, '\n') : new Map<number, number>();
  const crAt = slow ? positionsOf(text, '\r') : new Map<number, number>();
  const tabAt = slow ? positionsOf(text, '\t') : new Map<number, number>();
  let nlI = 0;
  let crI = 0;
  let tabI = 0;
  let nlNext = nlAt.get(0) ?? far;
  let crNext = crAt.get(0) ?? far;
  let tabNext = tabAt.get(0) ?? far;

  const parts = text.split('"');
  const lastPart = parts.length - 1;
  const cache = new Map<string, OutsidePiece>();
  const stack = new Map<number, JsonValue>();
  // Local copies of the module constants: in PowerShell a local is several times faster to read
  // than a script-scope variable, and this loop runs once per token.
  const opComma = OP_COMMA;
  const opColon = OP_COLON;
  const opObjOpen = OP_OBJ_OPEN;
  const opObjClose = OP_OBJ_CLOSE;
  const opArrOpen = OP_ARR_OPEN;
  const opArrClose = OP_ARR_CLOSE;
  const opNumber = OP_NUMBER;
  const opTrue = OP_TRUE;
  const opFalse = OP_FALSE;
  const opNull = OP_NULL;
  const sValue = S_VALUE;
  const sArrFirst = S_ARR_FIRST;
  const sObjFirst = S_OBJ_FIRST;
  const sKey = S_KEY;
  const sColon = S_COLON;
  const sAfter = S_AFTER;
  const sDone = S_DONE;
  const maxDepth = JSON_MAX_DEPTH;
  let depth = 0;
  let curObj: JsonObject | null = null;
  let curArr: JsonArray | null = null;
  let inObject = false;
  let state = sValue;
  let root: JsonValue | null = null;
  let key = '';
  let keyPos = 0;
  let inString = false;
  let raw = '';
  let contentStart = 0;
  let partStart = 0;
  let err = '';
  let errPos = -1;
  let lineControlSum = 0;
  // below this offset a string piece has no backslash and no control character (fast path)
  let fastLimit = Math.min(ctlFirst, bsNext);
  if (slow) fastLimit = -1;

  for (let pi = 0; pi < parts.length; pi++) {
    const part = parts[pi];
    const here = partStart;
    const end = here + part.length;
    partStart = end + 1;

    if (inString) {
      // ---- a piece of string content: the common case is a string without escapes ----
      let strVal = '';
      if (end < fastLimit && pi !== lastPart) {
        strVal = raw + part;
        raw = '';
      } else {
        if (ctlFirst < end) {
          err = `${W2D1307}: control character ${describeChar(text, ctlFirst)} in a string (write it as a \\u escape)`;
          errPos = ctlFirst;
          break;
        }
        if (slow) {
          while (nlNext < here) {
            nlI++;
            nlNext = nlAt.get(nlI) ?? far;
          }
          while (crNext < here) {
            crI++;
            crNext = crAt.get(crI) ?? far;
          }
          while (tabNext < here) {
            tabI++;
            tabNext = tabAt.get(tabI) ?? far;
          }
          const first = Math.min(nlNext, crNext, tabNext);
          if (first < end) {
            err = `${W2D1307}: control character ${describeChar(text, first)} in a string (write it as a \\u escape)`;
            errPos = first;
            break;
          }
        }
        if (pi === lastPart) {
          err = `${W2D1308}: unterminated string`;
          errPos = contentStart - 1;
          break;
        }
        if (part.endsWith('\\')) {
          if (trailingBackslashes(part) % 2 === 1) {
            // an escaped quote: the string goes on in the next piece
            raw = raw + part + '"';
            continue;
          }
        }
        const content = raw + part;
        raw = '';
        if (bsNext < end) {
          const d = decodeEscapes(content, contentStart);
          if (d.error !== '') {
            err = d.error;
            errPos = d.errorOffset;
            break;
          }
          strVal = d.str;
          bsNext = text.indexOf('\\', end);
          if (bsNext < 0) bsNext = far;
          if (!slow) fastLimit = Math.min(ctlFirst, bsNext);
        } else {
          strVal = content;
        }
      }
      inString = false;
      const at = contentStart - 1;
      if (state === sKey || state === sObjFirst) {
        key = strVal;
        keyPos = at;
        state = sColon;
        continue;
      }
      if (state !== sValue && state !== sArrFirst) {
        err = unexpectedToken(OP_STRING, state, inObject);
        errPos = at;
        break;
      }
      const sv: JsonValue = { kind: 'string', str: strVal, pos: at };
      if (depth === 0) {
        root = sv;
        state = sDone;
      } else if (inObject) {
        const members = curObj!.members;
        if (members.has(key)) {
          err = `${W2D1310}: duplicate member name ${describeName(key)} in an object`;
          errPos = keyPos;
          break;
        }
        members.set(key, sv);
        state = sAfter;
      } else {
        curArr!.items.push(sv);
        state = sAfter;
      }
      continue;
    }

    // ---- a piece between strings: its tokens, tokenized once per distinct piece ----
    let piece = cache.get(part);
    if (piece === undefined) {
      piece = tokenizeOutside(part);
      cache.set(part, piece);
    }
    lineControlSum += piece.lineControls;
    if (pi < lastPart) {
      inString = true;
      contentStart = end + 1;
    }
    const ops = piece.ops;
    for (let oi = 0; oi < ops.length; oi++) {
      const op = ops[oi];
      const k = op.kind;
      const at = here + op.off;
      let v: JsonValue;
      if (k === opComma) {
        if (state !== sAfter) {
          err = unexpectedToken(k, state, inObject);
          errPos = at;
          break;
        }
        if (inObject) state = sKey;
        else state = sValue;
        continue;
      } else if (k === opColon) {
        if (state !== sColon) {
          err = unexpectedToken(k, state, inObject);
          errPos = at;
          break;
        }
        state = sValue;
        continue;
      } else if (k === opObjClose || k === opArrClose) {
        const closesObject = k === opObjClose;
        let stateOk = state === sAfter;
        if (closesObject && state === sObjFirst) stateOk = true;
        if (!closesObject && state === sArrFirst) stateOk = true;
        if (depth === 0 || inObject !== closesObject || !stateOk) {
          err = unexpectedToken(k, state, inObject);
          errPos = at;
          break;
        }
        depth--;
        if (depth === 0) {
          curObj = null;
          curArr = null;
          inObject = false;
          state = sDone;
        } else {
          const top = stack.get(depth)!;
          if (top.kind === 'object') {
            curObj = top;
            inObject = true;
          } else if (top.kind === 'array') {
            curArr = top;
            inObject = false;
          }
          state = sAfter;
        }
        continue;
      } else if (k > opNull) {
        err = badTokenMessage(op, text, at);
        errPos = at;
        break;
      } else {
        if (state !== sValue && state !== sArrFirst) {
          err = unexpectedToken(k, state, inObject);
          errPos = at;
          break;
        }
        if (k === opNumber) v = { kind: 'number', num: op.num, pos: at };
        else if (k === opTrue) v = { kind: 'boolean', bool: true, pos: at };
        else if (k === opFalse) v = { kind: 'boolean', bool: false, pos: at };
        else if (k === opNull) v = { kind: 'null', pos: at };
        else if (k === opObjOpen) v = { kind: 'object', members: new Map<string, JsonValue>(), pos: at };
        else v = { kind: 'array', items: [], pos: at };
      }
      // attach the value to its container (or make it the root)
      if (depth === 0) {
        root = v;
      } else if (inObject) {
        const members = curObj!.members;
        if (members.has(key)) {
          err = `${W2D1310}: duplicate member name ${describeName(key)} in an object`;
          errPos = keyPos;
          break;
        }
        members.set(key, v);
      } else {
        curArr!.items.push(v);
      }
      if (k === opObjOpen || k === opArrOpen) {
        if (depth >= maxDepth) {
          err = `${W2D1309}: arrays and objects nested deeper than ${JSON_MAX_DEPTH} levels`;
          errPos = at;
          break;
        }
        depth++;
        stack.set(depth, v);
        if (v.kind === 'object') {
          curObj = v;
          inObject = true;
          state = sObjFirst;
        } else if (v.kind === 'array') {
          curArr = v;
          inObject = false;
          state = sArrFirst;
        }
      } else if (depth === 0) {
        state = sDone;
      } else {
        state = sAfter;
      }
    }
    if (err !== '') break;
  }

  if (err === '') {
    if (inString) {
      err = `${W2D1308}: unterminated string`;
      errPos = contentStart - 1;
    } else if (state !== S_DONE) {
      err = `${W2D1301}: unexpected end of input (expected ${expected(state, inObject)})`;
      errPos = len;
    }
  }
  if (err !== '') return { value: null, error: err, errorOffset: errPos, suspect: false };
  let suspect = false;
  if (!slow) suspect = countOf(text, '\n') + countOf(text, '\r') + countOf(text, '\t') !== lineControlSum;
  return { value: root, error: '', errorOffset: -1, suspect };
}

/** The message of a token the tokenizer rejected. */
function badTokenMessage(op: OutsideOp, text: string, at: number): string {
  if (op.kind === OP_BAD_CHAR) return `${W2D1302}: unexpected character ${describeChar(text, at)}`;
  if (op.kind === OP_BAD_NUMBER) return `${W2D1303}: invalid number ${quoteWord(op.text)}`;
  return `${W2D1304}: invalid literal ${quoteWord(op.text)} (only true, false and null)`;
}

/** A member name in a message: quoted, shortened. */
function describeName(name: string): string {
  return name.length > 40 ? `"${name.slice(0, 40)}..."` : `"${name}"`;
}
