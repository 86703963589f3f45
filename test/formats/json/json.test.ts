/**
 * The JSON reader and writer in Node against the platform's own JSON.parse / JSON.stringify:
 * hundreds of generated values (seeded), the documented differences (duplicate names, depth 256),
 * exact error IDs and positions, and the edge cases of escapes, surrogates and numbers.
 */
import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson, tryParseJson } from '../../../src/core/formats/json/parse.js';
import { writeJson, numberText } from '../../../src/core/formats/json/write.js';
import { JSON_ERRORS } from '../../../src/core/formats/json/errors.js';
import { JSON_MAX_DEPTH, jsonArray, jsonNumber, type JsonValue } from '../../../src/core/formats/json/value.js';
import { makeNumbers, makeValues } from './snippets/gen-values.js';
import { fromJs, toJs } from './js-values.js';

function errorOf(text: string): string {
  const r = tryParseJson(text);
  expect(r.ok, `expected an error for ${JSON.stringify(text)}`).toBe(false);
  return r.error;
}

const INDENTS = [0, 1, 2, 3, 4, 10, 11, 100, -1, 2.7, NaN];

describe('writeJson equals JSON.stringify', () => {
  const values = makeValues(20261125, 400);
  it('for 400 generated values (control characters, surrogates, numbers of every size) and 11 indents', () => {
    const bad: string[] = [];
    for (const v of values) {
      const js = toJs(v);
      for (const indent of INDENTS) {
        const ours = writeJson(v, indent);
        const ref = JSON.stringify(js, null, indent);
        if (ours !== ref) bad.push(`${indent}: ${ref.slice(0, 200)} / ${ours.slice(0, 200)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('for 5000 generated numbers (String(n) formatting, NaN and Infinity as null)', () => {
    const v = makeNumbers(7, 5000);
    expect(writeJson(v, 0)).toBe(JSON.stringify(toJs(v)));
    for (const n of [0, -0, 1e21, 1e-7, 123e-20, 5e-324, Number.MAX_VALUE, -Number.MIN_VALUE, 0.1 + 0.2, 2 ** 53 + 2, NaN, Infinity, -Infinity]) {
      expect(numberText(n)).toBe(JSON.stringify(n));
    }
  });

  it('for values parsed from JSON.stringify output, through parseJson', () => {
    for (const v of values) {
      const text = JSON.stringify(toJs(v), null, 2);
      expect(writeJson(parseJson(text), 2)).toBe(text);
    }
  });

  it('escapes exactly what JSON.stringify escapes', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const strings = [all, all.split('').reverse().join(''), '\ud83d\ude00', '\ude00\ud83d', 'a\ud800', '\udbff', '"\\/', ''];
    for (const s of strings) expect(writeJson({ kind: 'string', str: s }, 0)).toBe(JSON.stringify(s));
    const obj = { [all.slice(0, 300)]: all.slice(0x7f0, 0x900), 'a"b\\c': ['\n\r\t\b\f\u0000\u001f\u007f'] };
    expect(writeJson(fromJs(obj), 4)).toBe(JSON.stringify(obj, null, 4));
  });

  it('refuses values nested deeper than 256 levels (W2D1315)', () => {
    let v: JsonValue = jsonNumber(1);
    for (let i = 1; i < JSON_MAX_DEPTH; i++) v = jsonArray([v]);
    expect(writeJson(jsonArray([v]), 0)).toBe('['.repeat(256) + '1' + ']'.repeat(256));
    expect(() => writeJson(jsonArray([jsonArray([v])]), 0)).toThrow(/^W2D1315: /);
  });
});

describe('parseJson equals JSON.parse', () => {
  it('for 400 generated values written compact and indented', () => {
    const bad: string[] = [];
    for (const v of makeValues(99, 400)) {
      for (const indent of [0, 2]) {
        const text = JSON.stringify(toJs(v), null, indent);
        const ours = tryParseJson(text);
        if (!ours.ok) bad.push(`${ours.error}: ${text.slice(0, 100)}`);
        else if (JSON.stringify(toJs(ours.value!)) !== JSON.stringify(JSON.parse(text))) bad.push(text.slice(0, 100));
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps -0, reads 1e400 as Infinity and long numbers as the nearest double, like JSON.parse', () => {
    for (const t of ['-0', '-0.0', '1e400', '-1e400', '1e-400', '123456789012345678901234567890', '9007199254740993', '0.1', '1E+2',
      '4.35', '2.2250738585072014e-308', '1' + '0'.repeat(400), '0.' + '0'.repeat(400) + '1']) {
      const v = parseJson(t);
      expect(v.kind).toBe('number');
      if (v.kind === 'number') expect(Object.is(v.num, JSON.parse(t))).toBe(true);
    }
  });

  it('decodes every escape, surrogate pairs and lone surrogates like JSON.parse', () => {
    const texts = ['"\\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u0000\\u001F\\u007f\\u00e9\\uFFFF"', '"\\ud83d\\ude00"', '"\\uD800"', '"\\udc00\\ud800"',
      '"x\\uDBFF\\uDFFFy"', '"\\\\\\""', '"a\\\\"', '"\\\\\\\\"', '"\\"\\""', '"\u2028\u2029\u00a0é😀"', '"\\u0041\\u0042"'];
    for (const t of texts) expect(toJs(parseJson(t))).toBe(JSON.parse(t));
  });

  it('keeps the document order of members (integer-like names too)', () => {
    const v = parseJson('{"b": 1, "10": 2, "a": 3, "2": 4}');
    expect(v.kind === 'object' && [...v.members.keys()]).toEqual(['b', '10', 'a', '2']);
    expect(writeJson(v, 0)).toBe('{"b":1,"10":2,"a":3,"2":4}');
  });

  it('accepts 256 levels of nesting and rejects 257 (W2D1309), where JSON.parse accepts both', () => {
    expect(parseJson('['.repeat(256) + ']'.repeat(256)).kind).toBe('array');
    expect(parseJson('{"a":'.repeat(256) + '1' + '}'.repeat(256)).kind).toBe('object');
    expect(errorOf('['.repeat(257) + ']'.repeat(257))).toBe('W2D1309: arrays and objects nested deeper than 256 levels at line 1, column 257');
    expect(errorOf('['.repeat(100000))).toMatch(/^W2D1309: /);
  });

  it('rejects a duplicate member name (W2D1310), where JSON.parse keeps the last', () => {
    expect(errorOf('{"a": 1, "b": {"c": 1, "c": 2}}')).toBe('W2D1310: duplicate member name "c" in an object at line 1, column 24');
    expect(parseJson('[{"a": 1}, {"a": 2}]').kind).toBe('array');
  });

  it('rejects what JSON.parse rejects, with the ID and position of the first problem', () => {
    const cases: [string, string][] = [
      ['', 'W2D1301: unexpected end of input (expected a value) at line 1, column 1'],
      ['  \n ', 'W2D1301: unexpected end of input (expected a value) at line 2, column 2'],
      ['[1, 2', "W2D1301: unexpected end of input (expected ',' or ']') at line 1, column 6"],
      ['{"a"', "W2D1301: unexpected end of input (expected ':') at line 1, column 5"],
      ['\ufeff[]', "W2D1302: unexpected character U+FEFF at line 1, column 1"],
      ['[1,\n  #]', "W2D1302: unexpected character '#' at line 2, column 3"],
      ['[\u00a0]', 'W2D1302: unexpected character U+00A0 at line 1, column 2'],
      ['[1]\u0000', 'W2D1302: unexpected character U+0000 at line 1, column 4'],
      ['[01]', "W2D1303: invalid number '01' at line 1, column 2"],
      ['[1.]', "W2D1303: invalid number '1.' at line 1, column 2"],
      ['[.5]', "W2D1303: invalid number '.5' at line 1, column 2"],
      ['[+1]', "W2D1303: invalid number '+1' at line 1, column 2"],
      ['[-]', "W2D1303: invalid number '-' at line 1, column 2"],
      ['[1e]', "W2D1303: invalid number '1e' at line 1, column 2"],
      ['[1e+]', "W2D1303: invalid number '1e+' at line 1, column 2"],
      ['[1.5.2]', "W2D1303: invalid number '1.5.2' at line 1, column 2"],
      ['[0x10]', "W2D1303: invalid number '0x10' at line 1, column 2"],
      ['[tru]', "W2D1304: invalid literal 'tru' (only true, false and null) at line 1, column 2"],
      ['[True]', "W2D1304: invalid literal 'True' (only true, false and null) at line 1, column 2"],
      ['[NaN]', "W2D1304: invalid literal 'NaN' (only true, false and null) at line 1, column 2"],
      ['[1true]', "W2D1303: invalid number '1true' at line 1, column 2"],
      ['["\\x"]', "W2D1305: invalid escape 'x' after a backslash at line 1, column 3"],
      ['["\\\'"]', "W2D1305: invalid escape ''' after a backslash at line 1, column 3"],
      ['["\\u12"]', 'W2D1306: \\u must be followed by four hexadecimal digits at line 1, column 3'],
      ['["ab\\u12G4"]', 'W2D1306: \\u must be followed by four hexadecimal digits at line 1, column 5'],
      ['["\\u-123"]', 'W2D1306: \\u must be followed by four hexadecimal digits at line 1, column 3'],
      ['["a\nb"]', 'W2D1307: control character U+000A in a string (write it as a \\u escape) at line 1, column 4'],
      ['["a\tb"]', 'W2D1307: control character U+0009 in a string (write it as a \\u escape) at line 1, column 4'],
      ['["a\rb"]', 'W2D1307: control character U+000D in a string (write it as a \\u escape) at line 1, column 4'],
      ['["a\u0000b"]', 'W2D1307: control character U+0000 in a string (write it as a \\u escape) at line 1, column 4'],
      ['[\n"a\tb", x]', 'W2D1307: control character U+0009 in a string (write it as a \\u escape) at line 2, column 3'],
      ['["abc', 'W2D1308: unterminated string at line 1, column 2'],
      ['["abc\\"]', 'W2D1308: unterminated string at line 1, column 2'],
      ['[1,]', "W2D1311: unexpected ']' (expected a value) at line 1, column 4"],
      ['[,1]', "W2D1311: unexpected ',' (expected a value or ']') at line 1, column 2"],
      ['{"a":1,}', "W2D1311: unexpected '}' (expected a member name (a string)) at line 1, column 8"],
      ['{"a" 1}', "W2D1311: unexpected number (expected ':') at line 1, column 6"],
      ['{1: 2}', "W2D1311: unexpected number (expected a member name (a string) or '}') at line 1, column 2"],
      ['[1 2]', "W2D1311: unexpected number (expected ',' or ']') at line 1, column 4"],
      ['{"a": 1]', "W2D1311: unexpected ']' (expected ',' or '}') at line 1, column 8"],
      [']', "W2D1311: unexpected ']' (expected a value) at line 1, column 1"],
      ['[] []', "W2D1312: unexpected '[' after the JSON value at line 1, column 4"],
      ['1 2', 'W2D1312: unexpected number after the JSON value at line 1, column 3'],
      ['"a" "b"', 'W2D1312: unexpected string after the JSON value at line 1, column 5'],
    ];
    for (const [text, error] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(errorOf(text), JSON.stringify(text)).toBe(error);
      expect(() => parseJson(text)).toThrow(error);
    }
  });

  it('reports the first problem even when a raw tab, LF or CR in a string comes before a later syntax error', () => {
    expect(errorOf('{"a": "x\ny", "b": }')).toBe('W2D1307: control character U+000A in a string (write it as a \\u escape) at line 1, column 9');
    expect(errorOf('{"a": 1, "b": }\n"x\ty"')).toBe("W2D1311: unexpected '}' (expected a value) at line 1, column 15");
  });

  it('uses only IDs of its table and every message has a position', () => {
    const ids = new Set(JSON_ERRORS.map((e) => e.id));
    expect([...ids].every((id) => /^W2D13\d\d$/.test(id))).toBe(true);
    expect(ids.size).toBe(JSON_ERRORS.length);
    for (const t of ['[', '{"a":', '"', 'x', '[1,,]', '{"a":1,"a":1}', '["\\q"]']) {
      const e = errorOf(t);
      expect(ids.has(e.slice(0, 7))).toBe(true);
      expect(e).toMatch(/^W2D13\d\d: .* at line \d+, column \d+$/);
    }
  });

  it('computes line and column from an offset', () => {
    expect(lineColumn('ab\ncd\r\nef', 0)).toBe('line 1, column 1');
    expect(lineColumn('ab\ncd\r\nef', 3)).toBe('line 2, column 1');
    expect(lineColumn('ab\ncd\r\nef', 8)).toBe('line 3, column 2');
    expect(lineColumn('\n', 1)).toBe('line 2, column 1');
  });

  it('reads a 260 KB document with long strings and many escapes', () => {
    const doc = { keys: Array.from({ length: 400 }, (_, i) => ({ path: `HKLM\\SYSTEM\\"${i}"\\x`, hex: 'ab'.repeat(300), text: '\u0001'.repeat(i % 5) })) };
    const text = JSON.stringify(doc, null, 2);
    expect(text.length).toBeGreaterThan(260_000);
    expect(toJs(parseJson(text))).toEqual(doc);
    expect(writeJson(parseJson(text), 2)).toBe(text);
  });
});
