/**
 * Deterministic fuzz cases for the JSON reader and the snapshot reader (not a snippet: imported by the
 * fuzz snippets, which run in both engines, and by the Node fuzz test). Written in the core subset so
 * that Node and PowerShell generate exactly the same cases from the same seed.
 */
import { tryParseJson } from '../../../../src/core/formats/json/parse.js';
import { writeJson } from '../../../../src/core/formats/json/write.js';
import { snapshotToJson, trySnapshotFromJson } from '../../../../src/core/formats/json/snapshot.js';
import { makeSmallSnapshot, nextRandom } from './gen-snapshot.js';

/** Characters that matter to a JSON reader (and some that must be rejected). */
const INTERESTING: string[] = [
  '"', '\\', '{', '}', '[', ']', ':', ',', '0', '1', '9', '-', '+', 'e', 'E', '.', ' ', '\n', '\r', '\t',
  '\u0000', '\u0001', '\u001f', '\u007f', '\u00e9', '\ud800', '\udc00', '\ud83d', 'x', 't', 'n', 'f', 'u',
  '/', 'b', '\ufeff', '\u2028', '\u00a0', 'a',
];

/** Whole documents aimed at limits: nesting, huge and odd numbers, escapes and surrogates. */
const SPECIALS: string[] = [
  '1' + '0'.repeat(400),
  '-' + '9'.repeat(320) + '.5e-10',
  '1e999',
  '-1e-999',
  '[1e308, 1e309, -1e309, 5e-324, 2e-324, 1.7976931348623157e308]',
  '123456789012345678901234567890',
  '0.' + '1'.repeat(500),
  '[0.1, 0.2, 0.30000000000000004, 1e21, 1e-7, 123e-20, -0, -0.0, 0e5, 1E+2, 1e-0]',
  '[9007199254740993, 999999999999999, 1000000000000000, -999999999999999]',
  '"\\ud800"',
  '"\\udc00\\ud800"',
  '"\\ud83d\\ude00"',
  '["\\uD800x", "\\uDBFF\\uDFFF", "\\udfff"]',
  '"\\u12"',
  '"\\uZZZZ"',
  '"\\u-123"',
  '"\\u 123"',
  '"\\x41"',
  '"\\',
  '"\\"',
  '"\\\\"',
  '"a\\\\\\"b"',
  '{"":"","\\u0000":1,"__proto__":2,"1":3,"01":4}',
  '{"a":1,"a":2}',
  '{"a":{"b":1,"b":1}}',
  '[,]',
  '[1,]',
  '{"a":1,}',
  '{,"a":1}',
  '{"a" 1}',
  '{"a":}',
  '{1:2}',
  "{'a':1}",
  '[true, false, null, tru, nul]',
  'NaN',
  '-Infinity',
  '+1',
  '.5',
  '1.',
  '01',
  '-',
  '1e',
  '1e+',
  '--1',
  '\ufeff{}',
  '{} {}',
  '[] x',
  '  \t\r\n [ ] \n',
  '',
  '   ',
  '"abc',
  '/* c */ 1',
  '[\u00a0]',
  '["\u2028\u2029"]',
  '['.repeat(5000),
  '{"a":'.repeat(3000),
  '[' + '1,'.repeat(3000) + '1]',
  '"' + '\\\\'.repeat(2000) + '"',
  '"' + '\\'.repeat(3001) + '"',
  '["' + '\\"'.repeat(500) + '"]',
  '"' + '\\u0041\\ud83d\\ude00'.repeat(300) + '"',
];

function pick(list: string[], r: number): string {
  return list[r % list.length];
}

function deepNesting(depth: number, style: number, balanced: boolean): string {
  let open = '[';
  let close = ']';
  let inner = '0';
  if (style === 1) {
    open = '{"a":';
    close = '}';
    inner = '1';
  } else if (style === 2) {
    open = '[{"k":';
    close = '}]';
    inner = '"v"';
  }
  const closing = balanced ? depth : depth - 1;
  return open.repeat(depth) + inner + close.repeat(closing);
}

/** One mutation of `text` driven by the random state `r`. */
function mutateOnce(text: string, r0: number): { text: string; r: number } {
  let r = nextRandom(r0);
  const kind = r % 6;
  r = nextRandom(r);
  const len = text.length;
  const pos = len === 0 ? 0 : r % (len + 1);
  r = nextRandom(r);
  const ch = pick(INTERESTING, r);
  if (kind === 0) return { text: text.slice(0, pos), r };
  if (kind === 1) return { text: text.slice(0, pos) + ch + text.slice(pos + 1), r };
  if (kind === 2) return { text: text.slice(0, pos) + text.slice(pos + 1), r };
  if (kind === 3) return { text: text.slice(0, pos) + ch + text.slice(pos), r };
  if (kind === 4) {
    r = nextRandom(r);
    const span = r % 40;
    return { text: text.slice(0, pos) + text.slice(pos, pos + span) + text.slice(pos), r };
  }
  // swap two characters
  r = nextRandom(r);
  const other = len === 0 ? 0 : r % len;
  if (pos >= len || other === pos) return { text, r };
  const a = Math.min(pos, other);
  const b = Math.max(pos, other);
  return { text: text.slice(0, a) + text.charAt(b) + text.slice(a + 1, b) + text.charAt(a) + text.slice(b + 1), r };
}

/**
 * `count` fuzz texts from the seed documents: mutations (1 to 3 of truncation, replacement,
 * deletion, insertion, duplication, swap), deep nesting around the depth limit, and the specials.
 */
export function makeFuzzCases(seeds: string[], count: number, seed: number): string[] {
  const out: string[] = [];
  let r = seed;
  for (let i = 0; i < count; i++) {
    r = nextRandom(r);
    const family = r % 10;
    r = nextRandom(r);
    if (family === 0) {
      out.push(pick(SPECIALS, r));
    } else if (family === 1) {
      const depth = 250 + (r % 12);
      r = nextRandom(r);
      out.push(deepNesting(depth, r % 3, r % 5 !== 0));
    } else {
      let text = pick(seeds, r);
      r = nextRandom(r);
      const times = 1 + (r % 3);
      for (let t = 0; t < times; t++) {
        const m = mutateOnce(text, r);
        text = m.text;
        r = m.r;
      }
      out.push(text);
    }
  }
  return out;
}

/** [pattern, replacement]: shape changes of a snapshot document that keep it valid JSON. */
const SHAPE_EDITS: string[][] = [
  ['"version": 1', '"version": 2'],
  ['"version": 1', '"version": "1"'],
  ['"version": 1', '"version": 0'],
  ['"version": 1', '"version": 1.5'],
  ['"version": 1', '"version": 1e400'],
  ['"version": 1,', ''],
  ['"format": "winsock2doctor-registry-snapshot"', '"format": "winsock2doctor-registry-snapshot-v2"'],
  ['"format": "winsock2doctor-registry-snapshot"', '"format": null'],
  ['"type": ', '"type": -'],
  ['"type": ', '"type": 4294967296'],
  ['"type": ', '"type": 0.5 + '],
  ['"type": ', '"type": "1", "t": '],
  ['"type": ', '"t": '],
  ['"hex": "', '"hex": "G'],
  ['"hex": "', '"hex": "AB'],
  ['"hex": "', '"hex": "0'],
  ['"hex": "', '"hex": 1, "h": "'],
  ['"hex": "', '"hex": "\u0030\u0031'],
  ['"hex": "', '"h": "'],
  ['"name": ', '"name": 7, "n": '],
  ['"name": ', '"n": '],
  ['"path": "', '"path": "", "p": "'],
  ['"path": "', '"path": ["'],
  ['"path": ', '"p": '],
  ['"values": [', '"values": {"v": ['],
  ['"values": [', '"extra": {"x": [1, null, {"y": true}]}, "values": ['],
  ['"values": [', '"values": [1, '],
  ['"values": ', '"v": '],
  ['"keys": [', '"keys": [null, '],
  ['"keys": [', '"keys": 5, "k": ['],
  ['"keys": ', '"k": '],
  ['"toolVersion": ', '"toolVersion": false, "tv": '],
  ['"source": ', '"s": '],
  ['"text": ', '"text": 42, "t2": '],
  ['"typeName": ', '"tn": '],
  ['{', '{"future": "ignored", '],
];

/** The text with the n-th occurrence of `pattern` (counted modulo the occurrences) replaced. */
function replaceOccurrence(text: string, pattern: string, replacement: string, n: number): string {
  const pieces = text.split(pattern);
  if (pieces.length < 2) return text;
  const at = n % (pieces.length - 1);
  return pieces.slice(0, at + 1).join(pattern) + replacement + pieces.slice(at + 1).join(pattern);
}

/**
 * `count` fuzz texts for the snapshot reader: half are makeFuzzCases' mutations, half one or two
 * shape edits (valid JSON, wrong or surprising snapshot: newer version, bad hex, missing members,
 * extra members that must be ignored).
 */
export function makeSnapshotFuzzCases(seeds: string[], count: number, seed: number): string[] {
  const out: string[] = [];
  const textual = makeFuzzCases(seeds, count, seed);
  let r = seed + 17;
  for (let i = 0; i < count; i++) {
    r = nextRandom(r);
    if (r % 2 === 0) {
      out.push(textual[i]);
      continue;
    }
    r = nextRandom(r);
    let text = pick(seeds, r);
    r = nextRandom(r);
    const edits = 1 + (r % 2);
    for (let e = 0; e < edits; e++) {
      r = nextRandom(r);
      const edit = SHAPE_EDITS[r % SHAPE_EDITS.length];
      r = nextRandom(r);
      text = replaceOccurrence(text, edit[0], edit[1], r);
    }
    out.push(text);
  }
  return out;
}

/** Every special document once (they are also drawn at random by makeFuzzCases). */
export function specialCases(): string[] {
  return SPECIALS.slice(0, SPECIALS.length);
}

/** The outcome of reading JSON: `ok <compact JSON>` or the error message. */
export function jsonOutcome(text: string): string {
  const r = tryParseJson(text);
  if (!r.ok) return r.error;
  return `ok ${writeJson(r.value!, 0)}`;
}

/** The outcome of reading a snapshot: `ok <the snapshot written again>` or the error message. */
export function snapshotOutcome(text: string): string {
  const r = trySnapshotFromJson(text);
  if (!r.ok) return r.error;
  return `ok ${snapshotToJson(r.snapshot!, r.meta!)}`;
}

/** The seed of the pwsh batches (and of the Node runs of the same cases). */
export const FUZZ_SEED = 20261125;
/** Cases of each pwsh batch: JSON texts and snapshot texts. */
export const FUZZ_BATCH_JSON = 240;
export const FUZZ_BATCH_SNAPSHOT = 120;

const META = { source: 'fuzz', computerName: 'PC-\u00e9', timeUtc: '2026-11-25T12:00:00.000Z', toolVersion: '0.1.0' };

/** Seed documents for JSON fuzzing: compact and indented JSON with every kind of value, and a snapshot. */
export function jsonSeeds(): string[] {
  const compact = '{"a": [1, 2.5, -0.0, true, false, null, "x\\ny\\u00e9\\"q\\\\", {"b": {}}, []], "c": "\\ud83d\\ude00 \\u00ff", "d": 1e-7, "e": [[[["deep"]]]]}';
  const pretty = writeJson(tryParseJson(compact).value!, 2);
  return [compact, pretty, snapshotToJson(makeSmallSnapshot(), META)];
}

/** Seed documents for snapshot fuzzing. */
export function snapshotSeeds(): string[] {
  return [snapshotToJson(makeSmallSnapshot(), META)];
}
