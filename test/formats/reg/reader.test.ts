/**
 * The .reg reader in Node, feature by feature (issue 4 item 1). Both engines run the same code
 * on the corpus in crosscheck.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { parseRegFile, regFileToSnapshot } from '../../../src/core/formats/reg/reader.js';
import type { RegistrySnapshot } from '../../../src/core/model/registry.js';
import { H5, KEY, hex, oneKey, regedit, utf16, utf16z } from './helpers/bytes.js';

function snap(bytes: Uint8Array): RegistrySnapshot {
  return regFileToSnapshot(parseRegFile(bytes));
}

/** The values of the only key as name -> `type:hex`. */
function values(bytes: Uint8Array): Record<string, string> {
  const s = snap(bytes);
  expect(s.keys.length).toBe(1);
  const out: Record<string, string> = {};
  for (const v of s.keys[0].values) out[v.name] = `${v.type}:${hex(v.data)}`;
  return out;
}

function errorOf(bytes: Uint8Array): string {
  try {
    parseRegFile(bytes);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('.reg reader: headers and encodings', () => {
  const body = `\n[${KEY}]\n"Text"="caf\u00e9"\n\n`;
  const expected = { Text: `1:${utf16z('caf\u00e9')}` };

  it('reads version 5 and REGEDIT4 headers (blanks around the header allowed)', () => {
    expect(parseRegFile(regedit(`${H5}\n${body}`)).version).toBe(5);
    expect(parseRegFile(regedit(`REGEDIT4\n${body}`)).version).toBe(4);
    expect(parseRegFile(regedit(`  ${H5} \t\n${body}`)).version).toBe(5);
  });

  it('reads UTF-16LE with a BOM, UTF-8 with and without a BOM, ANSI, and UTF-16LE without a BOM', () => {
    const text = `${H5}\r\n${body.replace(/\n/g, '\r\n')}`;
    const cases: [Uint8Array, string][] = [
      [utf16(text), 'utf16le-bom'],
      [new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])), 'utf8-bom'],
      [new Uint8Array(Buffer.from(text, 'utf8')), 'utf8'],
      [new Uint8Array(Buffer.from(text, 'latin1')), 'ansi'],
      [new Uint8Array(Buffer.from(text, 'utf16le')), 'utf16le'],
    ];
    for (const [bytes, encoding] of cases) {
      expect(parseRegFile(bytes).encoding).toBe(encoding);
      expect(values(bytes)).toEqual(expected);
    }
  });

  it('reads CRLF, LF, lone CR and mixed line ends, and reports which', () => {
    const text = `${H5}\n${body}`;
    expect(parseRegFile(utf16(text.replace(/\n/g, '\r\n'))).lineEnding).toBe('CRLF');
    expect(parseRegFile(utf16(text)).lineEnding).toBe('LF');
    expect(parseRegFile(utf16(text.replace(/\n/g, '\r'))).lineEnding).toBe('CR');
    expect(parseRegFile(utf16(`${H5}\r\n${body}`)).lineEnding).toBe('mixed');
    for (const t of [text, text.replace(/\n/g, '\r'), text.replace(/\n/g, '\r\n')]) expect(values(utf16(t))).toEqual(expected);
  });

  it('tells whether the file ends with a blank line, as regedit exports do (a hint of truncation otherwise)', () => {
    expect(parseRegFile(regedit(`${H5}\n${body}`)).endsWithBlankLine).toBe(true);
    expect(parseRegFile(regedit(`${H5}\n\n[${KEY}]\n"Text"="x"\n`)).endsWithBlankLine).toBe(false);
    expect(parseRegFile(regedit(`${H5}\n\n[${KEY}]\n"Text"="x"`)).endsWithBlankLine).toBe(false);
    expect(parseRegFile(regedit(`${H5}\n\n`)).endsWithBlankLine).toBe(true);
  });

  it('ignores NUL characters padding the end of the file', () => {
    expect(values(utf16(`${H5}\n${body}\0\0`))).toEqual(expected);
  });

  it('rejects a missing or unknown header, an empty file, odd UTF-16', () => {
    expect(errorOf(new Uint8Array())).toMatch(/^W2D1001: line 1: /);
    expect(errorOf(regedit(`\n${body}`))).toMatch(/^W2D1002: line 1: /);
    expect(errorOf(regedit(`Windows Registry Editor Version 5.01\n${body}`))).toMatch(/^W2D1002: line 1: /);
    expect(errorOf(regedit(`REGEDIT\n${body}`))).toMatch(/^W2D1002: line 1: /);
    expect(errorOf(regedit(`regedit4\n${body}`))).toMatch(/^W2D1002: /);
    const odd = regedit(`${H5}\n${body}`);
    expect(errorOf(odd.slice(0, odd.length - 1))).toMatch(/^W2D1020: line 6: /);
  });
});

describe('.reg reader: keys', () => {
  it('keeps the key path as written, reads deletions, allows a comment after the key', () => {
    const f = parseRegFile(regedit(`${H5}\n\n[HKLM\\SYSTEM\\x]\n[-HKEY_LOCAL_MACHINE\\SYSTEM\\y] ; gone\n  [\\ControlSet001\\z]\n`));
    expect(f.keys.map((k) => [k.path, k.deleted, k.line])).toEqual([
      ['HKLM\\SYSTEM\\x', false, 3],
      ['HKEY_LOCAL_MACHINE\\SYSTEM\\y', true, 4],
      ['\\ControlSet001\\z', false, 5],
    ]);
  });

  it('ends the path at the last ] of the line (key names may hold ])', () => {
    expect(parseRegFile(regedit(`${H5}\n[A\\b]c]\n`)).keys[0].path).toBe('A\\b]c');
  });

  it('reports key line errors with their line', () => {
    expect(errorOf(regedit(`${H5}\n\n[HKLM\\x\n`))).toMatch(/^W2D1003: line 3: /);
    expect(errorOf(regedit(`${H5}\n\n[]\n`))).toMatch(/^W2D1004: line 3: /);
    expect(errorOf(regedit(`${H5}\n\n[-]\n`))).toMatch(/^W2D1004: line 3: /);
    expect(errorOf(regedit(`${H5}\n\n[HKLM\\x] y\n`))).toMatch(/^W2D1005: line 3: /);
    expect(errorOf(regedit(`${H5}\n"a"="b"\n`))).toMatch(/^W2D1006: line 2: /);
    expect(errorOf(regedit(`${H5}\n[-HKLM\\x]\n"a"="b"\n`))).toMatch(/^W2D1006: line 3: /);
  });
});

describe('.reg reader: value names and strings', () => {
  it('reads quoted names with escapes, @ and "" as the default value', () => {
    expect(values(oneKey('"a\\\\b\\"c"="1"', '@="2"'))).toEqual({ 'a\\b"c': `1:${utf16z('1')}`, '': `1:${utf16z('2')}` });
    expect(values(oneKey('""="x"'))).toEqual({ '': `1:${utf16z('x')}` });
    expect(values(oneKey('@ = "y"'))).toEqual({ '': `1:${utf16z('y')}` });
  });

  it('makes strings REG_SZ: UTF-16LE plus the terminating NUL (empty too)', () => {
    expect(values(oneKey('"e"=""', '"u"="\u6f22\ud83d\ude00"'))).toEqual({ e: '1:0000', u: `1:${utf16z('\u6f22\ud83d\ude00')}` });
  });

  it("reads escapes \\\\ \\\" and Wine's \\n \\r \\0; keeps ; and = inside quotes", () => {
    expect(values(oneKey('"s"="a\\\\b\\"c\\nd\\re\\0f;g=h"'))).toEqual({ s: `1:${utf16z('a\\b"c\nd\re\0f;g=h')}` });
  });

  it('allows blanks around = and a comment after the string', () => {
    expect(values(oneKey('"a" \t= \t"b" ; comment "c"'))).toEqual({ a: `1:${utf16z('b')}` });
  });

  it('reports name and string errors with their line', () => {
    expect(errorOf(oneKey('"abc=1'))).toMatch(/^W2D1007: line 4: /);
    expect(errorOf(oneKey('"abc" 1'))).toMatch(/^W2D1008: line 4: /);
    expect(errorOf(oneKey('@x'))).toMatch(/^W2D1008: line 4: /);
    expect(errorOf(oneKey('"a"="b', '"c"="d"'))).toMatch(/^W2D1009: line 4: /);
    expect(errorOf(oneKey('"a"="b\\"'))).toMatch(/^W2D1009: line 4: /);
    expect(errorOf(oneKey('"a"="b" c'))).toMatch(/^W2D1010: line 4: /);
    expect(errorOf(oneKey('"a"="b\\tc"'))).toMatch(/^W2D1011: line 4: /);
    expect(errorOf(oneKey('"a\\x"="b"'))).toMatch(/^W2D1011: line 4: /);
  });
});

describe('.reg reader: dword and hex data', () => {
  it('reads dword: with 1 to 8 digits, either case, blanks and a comment', () => {
    expect(values(oneKey('"a"=dword:0000002a', '"b"=dword:FFFFFFFF', '"c"=dword: 1 ; one', '"d"=DWORD:7'))).toEqual({
      a: '4:2a000000', b: '4:ffffffff', c: '4:01000000', d: '4:07000000',
    });
  });

  it('rejects bad dword data', () => {
    for (const d of ['123456789', '', 'x1', '0x1', '-1', '1 2', '+1']) expect(errorOf(oneKey(`"a"=dword:${d}`))).toMatch(/^W2D1012: line 4: /);
  });

  it('reads hex: and hex(N): for any N, keeping unknown types raw', () => {
    expect(values(oneKey('"b"=hex:01,ff', '"n"=hex(0):', '"e"=hex(2):41,00,00,00', '"m"=hex(7):41,00,00,00,00,00', '"q"=hex(b):01,00,00,00,00,00,00,00', '"u"=hex(ffff0012):de,ad', '"z"=HEX(A):00'))).toEqual({
      b: '3:01ff', n: '0:', e: '2:41000000', m: '7:410000000000', q: '11:0100000000000000', u: '4294901778:dead', z: '10:00',
    });
  });

  it('reads regedit continuations, other indentation, comments and blank lines inside, 1-digit items, a trailing comma', () => {
    const lines = ['"v"=hex:01,02,\\', '  03,04,\\', '\t05 , 6 ,\\ ; comment', '', '; comment line', '        0A,\\', 'ff', '"w"=hex:01,', '"x"=hex:\\', '  aa'];
    expect(values(oneKey(...lines))).toEqual({ v: '3:010203040506' + '0aff', w: '3:01', x: '3:aa' });
  });

  it('reads REGEDIT4 string hex data (hex(2), hex(7)) as ANSI and stores UTF-16LE, as regedit does', () => {
    const text = `REGEDIT4\r\n\r\n[${KEY}]\r\n"p"=hex(2):41,e4,00\r\n"m"=hex(7):61,00,62,00,00\r\n"b"=hex:e4\r\n`;
    expect(values(new Uint8Array(Buffer.from(text, 'latin1')))).toEqual({ p: '2:4100e4000000', m: '7:61000000620000000000', b: '3:e4' });
  });

  it('reports hex errors with the line of the bad item', () => {
    expect(errorOf(oneKey('"a"=hex(0x7):00'))).toMatch(/^W2D1013: line 4: /);
    expect(errorOf(oneKey('"a"=hex(7)00'))).toMatch(/^W2D1013: line 4: /);
    expect(errorOf(oneKey('"a"=hex(123456789):00'))).toMatch(/^W2D1013: line 4: /);
    expect(errorOf(oneKey('"a"=hex:00,01,\\', '  02,0g'))).toMatch(/^W2D1014: line 5: hex data: '0g'/);
    expect(errorOf(oneKey('"a"=hex:001'))).toMatch(/^W2D1014: line 4: /);
    expect(errorOf(oneKey('"a"=hex:0 0'))).toMatch(/^W2D1014: line 4: /);
    expect(errorOf(oneKey('"a"=hex:00,,01'))).toMatch(/^W2D1015: line 4: /);
    expect(errorOf(oneKey('"a"=hex:00,01\\', '  02'))).toMatch(/^W2D1015: line 4: /);
    expect(errorOf(regedit(`${H5}\n\n[${KEY}]\n"a"=hex:00,\\\n  01,\\\n`))).toMatch(/^W2D1016: line 5: /);
    expect(errorOf(regedit(`${H5}\n\n[${KEY}]\n"a"=hex:00,\\`))).toMatch(/^W2D1016: line 4: /);
    expect(errorOf(oneKey('"a"=hex:00,\\', '[HKLM\\x]'))).toMatch(/^W2D1017: line 5: /);
    expect(errorOf(oneKey('"a"=str:"x"'))).toMatch(/^W2D1018: line 4: /);
    expect(errorOf(oneKey('"a"=hexx:00'))).toMatch(/^W2D1018: line 4: /);
    expect(errorOf(oneKey('"a"=-1'))).toMatch(/^W2D1021: line 4: /);
    expect(errorOf(oneKey('"a"="b"', 'garbage'))).toMatch(/^W2D1019: line 5: /);
  });

  it('reports the first error in the file, even when an earlier hex value is checked late', () => {
    expect(errorOf(oneKey('"a"=hex:0g', 'garbage'))).toMatch(/^W2D1014: line 4: /);
    expect(errorOf(oneKey('"a"=hex:00', 'garbage', '"b"=hex:0g'))).toMatch(/^W2D1019: line 5: /);
  });
});

describe('.reg reader: applying the file (regFileToSnapshot)', () => {
  it('deletes values and keys (with subkeys) in order, merges repeated keys case-insensitively, overwrites values in place', () => {
    const s = snap(regedit(`${H5}\n\n[${KEY}\\A]\n"x"="1"\n"y"="2"\n"x"=-\n[${KEY}\\A\\Sub]\n"s"="3"\n[${KEY}\\AB]\n"k"="4"\n[-${KEY}\\A]\n[${KEY}\\AB]\n"K"="5"\n[hklm\\software\\w2d\\ab]\n"n"=dword:00000001\n[${KEY}\\A]\n`));
    expect(s.keys.map((k) => [k.path, k.values.map((v) => `${v.name}=${hex(v.data)}`)])).toEqual([
      [`${KEY}\\AB`, [`k=${utf16z('5')}`, 'n=01000000']],
      [`${KEY}\\A`, []],
    ]);
  });

  it('keeps keys without values (empty keys) and the order of the file', () => {
    const s = snap(regedit(`${H5}\n\n[${KEY}\\Z]\n\n[${KEY}\\A]\n"b"=dword:00000001\n"a"=dword:00000002\n`));
    expect(s.keys.map((k) => [k.path.slice(KEY.length), k.values.map((v) => v.name)])).toEqual([['\\Z', []], ['\\A', ['b', 'a']]]);
  });

  it('records each value line with its form and line number', () => {
    const f = parseRegFile(oneKey('"a"="x"', '"b"=dword:00000001', '"c"=hex:01,\\', '  02', '"d"=-'));
    expect(f.keys[0].values.map((v) => [v.name, v.form, v.line, v.deleted])).toEqual([
      ['a', 'string', 4, false], ['b', 'dword', 5, false], ['c', 'hex', 6, false], ['d', 'delete', 8, true],
    ]);
  });
});
