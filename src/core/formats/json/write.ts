/**
 * writeJson: the text JSON.stringify(x, null, indent) gives for the same data, in the compilable
 * subset. Same separators and line breaks (`\n`, `": "` when indented), `[]`/`{}` for empty
 * containers, numbers formatted like JS String(n) (NaN and Infinity as null), strings escaped exactly
 * as JSON.stringify does: `\"`, `\\`, `\b \f \n \r \t`, other controls as `\u00xx`, lone surrogates as
 * `\udxxx` (lower-case hex), everything else as it is.
 *
 * How it stays fast in PowerShell: containers are written by one call each, scalars inline; strings go
 * out as they are and are collected on the side. One look at all strings together (joined) says
 * whether any needs escaping at all; only then are the strings holding a backslash, a quote, a
 * control character or a lone surrogate found (through the positions of those characters in the
 * joined text) and only those are escaped.
 */
import { host } from '../../../host/host.js';
import { JSON_MAX_DEPTH, type JsonArray, type JsonObject, type JsonValue } from './value.js';
import { W2D1315 } from './errors.js';
import { CONTROL_CHARS_EXCEPT_LINE, positionsOf } from './text-scan.js';

interface WriteState {
  parts: string[];
  /** Every string written (names and values), in order, unescaped... */
  strs: string[];
  /** ...and the index of its part in `parts`. */
  strAt: number[];
  /** One level of indentation ('' = compact). */
  unit: string;
  numText: Map<number, string>;
}

/** Characters a string may not carry unescaped (besides the quote and the backslash). */
const CONTROL_CHARS: string[] = CONTROL_CHARS_EXCEPT_LINE.concat(['\n', '\r', '\t']);

/**
 * The JSON text of a value, as JSON.stringify(value, null, indent): indent is a number of spaces
 * (clamped to 0..10 like JSON.stringify; 0 = one line). Values nested deeper than JSON_MAX_DEPTH:
 * W2D1315.
 */
export function writeJson(value: JsonValue, indent: number = 0): string {
  let spaces = 0;
  if (indent >= 1) spaces = Math.min(10, Math.floor(indent));
  const w: WriteState = { parts: [], strs: [], strAt: [], unit: ' '.repeat(spaces), numText: new Map<number, string>() };
  if (value.kind === 'array' || value.kind === 'object') writeContainer(value, 1, w);
  else if (value.kind === 'string') {
    w.strs.push(value.str);
    w.strAt.push(0);
    w.parts.push(`"${value.str}"`);
  } else if (value.kind === 'number') w.parts.push(numberText(value.num));
  else if (value.kind === 'boolean') w.parts.push(value.bool ? 'true' : 'false');
  else w.parts.push('null');
  escapeMarked(w);
  return w.parts.join('');
}

/** A number as JSON.stringify writes it: String(n), or null when not finite. */
export function numberText(n: number): string {
  if (Number.isNaN(n) || n === Infinity || n === -Infinity) return 'null';
  return `${n}`;
}

/**
 * One array or object at `depth` (1 = the root), its scalar children inline (a call costs more than
 * writing a scalar in PowerShell), nested containers by recursion.
 */
function writeContainer(v: JsonArray | JsonObject, depth: number, w: WriteState): void {
  if (depth > JSON_MAX_DEPTH) throw new Error(`${W2D1315}: the value is nested deeper than ${JSON_MAX_DEPTH} levels`);
  const parts = w.parts;
  const strs = w.strs;
  const strAt = w.strAt;
  const numText = w.numText;
  let inner = '';
  let closing = '';
  if (w.unit !== '') {
    inner = '\n' + w.unit.repeat(depth);
    closing = '\n' + w.unit.repeat(depth - 1);
  }
  const sep = ',' + inner;
  let first = true;
  if (v.kind === 'object') {
    if (v.members.size === 0) {
      parts.push('{}');
      return;
    }
    let colon = ':';
    if (w.unit !== '') colon = ': ';
    parts.push('{' + inner);
    for (const [name, child] of v.members) {
      if (first) first = false;
      else parts.push(sep);
      strs.push(name);
      strAt.push(parts.length);
      parts.push('"' + name + '"');
      parts.push(colon);
      if (child.kind === 'string') {
        strs.push(child.str);
        strAt.push(parts.length);
        parts.push('"' + child.str + '"');
      } else if (child.kind === 'number') {
        let t = numText.get(child.num);
        if (t === undefined) {
          t = numberText(child.num);
          numText.set(child.num, t);
        }
        parts.push(t);
      } else if (child.kind === 'boolean') {
        if (child.bool) parts.push('true');
        else parts.push('false');
      } else if (child.kind === 'null') parts.push('null');
      else writeContainer(child, depth + 1, w);
    }
    parts.push(closing + '}');
    return;
  }
  if (v.items.length === 0) {
    parts.push('[]');
    return;
  }
  parts.push('[' + inner);
  for (const child of v.items) {
    if (first) first = false;
    else parts.push(sep);
    if (child.kind === 'string') {
      strs.push(child.str);
      strAt.push(parts.length);
      parts.push('"' + child.str + '"');
    } else if (child.kind === 'number') {
      let t = numText.get(child.num);
      if (t === undefined) {
        t = numberText(child.num);
        numText.set(child.num, t);
      }
      parts.push(t);
    } else if (child.kind === 'boolean') {
      if (child.bool) parts.push('true');
      else parts.push('false');
    } else if (child.kind === 'null') parts.push('null');
    else writeContainer(child, depth + 1, w);
  }
  parts.push(closing + ']');
}

/** true when the string has no lone surrogate (UTF-8 cannot carry one: it comes back as U+FFFD). */
export function isWellFormedUtf16(s: string): boolean {
  const t = 'x' + s;
  return host.decodeText(host.encodeText(t, 'utf8')).text === t;
}

/** Strings in blocks of this many are checked together for lone surrogates. */
const SURROGATE_BLOCK = 64;

/** Escapes, in place, the written strings that need it (most need nothing). */
function escapeMarked(w: WriteState): void {
  const strs = w.strs;
  const n = strs.length;
  if (n === 0) return;
  // 'x' between the strings: never special, and keeps surrogate halves of neighbours apart
  const blob = strs.join('x');
  const simple = blob.indexOf('\\') >= 0 || blob.indexOf('"') >= 0;
  const present: string[] = [];
  for (const ch of CONTROL_CHARS) {
    if (blob.indexOf(ch) >= 0) present.push(ch);
  }
  const lone = !isWellFormedUtf16(blob);
  if (!simple && present.length === 0 && !lone) return;

  // 1: backslash or quote only (replaceAll); 2: controls or lone surrogates (character by character)
  const marked = new Map<number, number>();
  const ends = new Map<number, number>();
  let end = 0;
  for (let i = 0; i < n; i++) {
    end += strs[i].length;
    ends.set(i, end);
    end += 1;
  }
  if (simple) {
    for (const ch of ['\\', '"']) {
      const at = positionsOf(blob, ch);
      let si = 0;
      for (const p of at.values()) {
        while (ends.get(si)! <= p) si++;
        if (!marked.has(si)) marked.set(si, 1);
      }
    }
  }
  for (const ch of present) {
    const at = positionsOf(blob, ch);
    let si = 0;
    for (const p of at.values()) {
      while (ends.get(si)! <= p) si++;
      marked.set(si, 2);
    }
  }
  if (lone) {
    for (let a = 0; a < n; a += SURROGATE_BLOCK) {
      const b = Math.min(n, a + SURROGATE_BLOCK);
      if (isWellFormedUtf16(strs.slice(a, b).join('x'))) continue;
      for (let i = a; i < b; i++) {
        if (!isWellFormedUtf16(strs[i])) marked.set(i, 2);
      }
    }
  }
  const parts = w.parts;
  const strAt = w.strAt;
  for (const [i, how] of marked) {
    const s = strs[i];
    parts[strAt[i]] = '"' + (how === 2 ? escapeChars(s) : s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')) + '"';
  }
}

/** Escapes one string character by character (controls and lone surrogates included). */
function escapeChars(s: string): string {
  const chars = s.split('');
  const out: string[] = [];
  let pairLow = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (pairLow) {
      // the low half of a pair already checked
      out.push(c);
      pairLow = false;
      continue;
    }
    if (c === '"') out.push('\\"');
    else if (c === '\\') out.push('\\\\');
    else if (c < ' ') {
      if (c === '\n') out.push('\\n');
      else if (c === '\r') out.push('\\r');
      else if (c === '\t') out.push('\\t');
      else if (c === '\b') out.push('\\b');
      else if (c === '\f') out.push('\\f');
      else out.push('\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    } else if (c >= '\ud800' && c <= '\udfff') {
      const next = i + 1 < chars.length ? chars[i + 1] : '';
      if (c <= '\udbff' && next >= '\udc00' && next <= '\udfff' && next !== '') {
        out.push(c);
        pairLow = true;
      } else {
        out.push('\\u' + c.charCodeAt(0).toString(16));
      }
    } else out.push(c);
  }
  return out.join('');
}
