/**
 * The .reg writer in Node (issue 4 item 2): regedit's exact file layout, value forms and hex
 * wrapping. The independent proof against Wine's regedit is wine.test.ts; byte-identical round
 * trips of regedit-style files are roundtrip.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { writeRegFile } from '../../../src/core/formats/reg/writer.js';
import { parseRegFile, regFileToSnapshot } from '../../../src/core/formats/reg/reader.js';
import type { RegistrySnapshot, RegistryValue } from '../../../src/core/model/registry.js';
import { binary, dword, expandSz, multiSz, qword, sz } from './helpers/catalog-like.js';
import { oddStringsSnapshot, valueTypesSnapshot } from './helpers/value-types.js';
import { snapshotJson } from './helpers/compare.js';
import { H5, KEY } from './helpers/bytes.js';

function text(s: RegistrySnapshot): string {
  const b = Buffer.from(writeRegFile(s));
  expect([...b.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  return b.subarray(2).toString('utf16le');
}

/** The value lines written for one value (CRLF kept). */
function valueText(v: RegistryValue): string {
  const t = text({ keys: [{ path: KEY, values: [v] }] });
  const head = `${H5}\r\n\r\n[${KEY}]\r\n`;
  expect(t.startsWith(head)).toBe(true);
  expect(t.endsWith('\r\n\r\n')).toBe(true);
  return t.slice(head.length, -4);
}

function errorOf(s: RegistrySnapshot): string {
  try {
    writeRegFile(s);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('.reg writer: file layout', () => {
  it('writes UTF-16LE with a BOM, the version 5 header, CRLF, a blank line after the header and after each key', () => {
    const t = text({ keys: [{ path: `${KEY}\\A`, values: [dword('x', 1)] }, { path: `${KEY}\\B`, values: [] }] });
    expect(t).toBe(`${H5}\r\n\r\n[${KEY}\\A]\r\n"x"=dword:00000001\r\n\r\n[${KEY}\\B]\r\n\r\n`);
  });

  it('writes an empty snapshot as the header and a blank line', () => {
    expect(text({ keys: [] })).toBe(`${H5}\r\n\r\n`);
  });

  it('keeps the order of keys and values as given', () => {
    const t = text({ keys: [{ path: 'HKEY_LOCAL_MACHINE\\Z', values: [dword('b', 1), dword('a', 2)] }, { path: 'HKEY_LOCAL_MACHINE\\A', values: [] }] });
    expect(t.indexOf('"b"')).toBeLessThan(t.indexOf('"a"'));
    expect(t.indexOf('\\Z]')).toBeLessThan(t.indexOf('\\A]'));
  });
});

describe('.reg writer: value forms', () => {
  it('REG_SZ as a quoted string with \\ and " escaped; @ for the default value', () => {
    expect(valueText(sz('na"me\\x', 'C:\\Windows "quoted" ;=[]'))).toBe('"na\\"me\\\\x"="C:\\\\Windows \\"quoted\\" ;=[]"');
    expect(valueText(sz('', 'default'))).toBe('@="default"');
    expect(valueText(sz('e', ''))).toBe('"e"=""');
    expect(valueText(sz('u', '\u6f22\u5b57 \ud83d\ude00'))).toBe('"u"="\u6f22\u5b57 \ud83d\ude00"');
  });

  it('REG_SZ that a quoted string cannot hold exactly as hex(1): NULs inside, CR/LF, no terminator, odd or zero length', () => {
    const forms = oddStringsSnapshot(false).keys[0].values.map((v) => valueText(v).split('=')[1].slice(0, 8));
    expect(forms).toEqual(['hex(1):6', 'hex(1):6', 'hex(1):6', 'hex(1):4', 'hex(1):', 'hex(4):0', 'hex(4):0']);
  });

  it('names with CR, LF or NUL escaped as Wine writes them', () => {
    expect(valueText(dword('a\r\nb\0c', 1))).toBe('"a\\r\\nb\\0c"=dword:00000001');
  });

  it('REG_DWORD of 4 bytes as dword:, lower-case, 8 digits', () => {
    expect(valueText(dword('d', 0xdeadbeef))).toBe('"d"=dword:deadbeef');
    expect(valueText(dword('d', 0))).toBe('"d"=dword:00000000');
  });

  it('hex: for REG_BINARY, hex(N): with N in lower-case hex for every other type', () => {
    expect(valueText(binary('b', [0, 0xab, 0xff]))).toBe('"b"=hex:00,ab,ff');
    expect(valueText(binary('b', []))).toBe('"b"=hex:');
    expect(valueText(expandSz('e', 'A'))).toBe('"e"=hex(2):41,00,00,00');
    expect(valueText(multiSz('m', ['A']))).toBe('"m"=hex(7):41,00,00,00,00,00');
    expect(valueText(qword('q', 1n))).toBe('"q"=hex(b):01,00,00,00,00,00,00,00');
    expect(valueText(binary('n', [], 0))).toBe('"n"=hex(0):');
    expect(valueText(binary('x', [1], 0xffff0012))).toBe('"x"=hex(ffff0012):01');
  });

  it('rejects value types outside 0..4294967295 and key paths a .reg file cannot hold', () => {
    expect(errorOf({ keys: [{ path: KEY, values: [{ name: 'a', type: -1, data: new Uint8Array() }] }] })).toMatch(/^W2D1050: /);
    expect(errorOf({ keys: [{ path: KEY, values: [{ name: 'a', type: 2 ** 32, data: new Uint8Array() }] }] })).toMatch(/^W2D1050: /);
    expect(errorOf({ keys: [{ path: KEY, values: [{ name: 'a', type: 1.5, data: new Uint8Array() }] }] })).toMatch(/^W2D1050: /);
    for (const path of ['', '-HKLM\\x', 'HKLM\\a\nb', 'HKLM\\a\rb']) expect(errorOf({ keys: [{ path, values: [] }] })).toMatch(/^W2D1051: /);
  });
});

describe('.reg writer: regedit hex wrapping', () => {
  it('breaks after the comma that brings a line to 77 characters or more; continuation lines start with two spaces', () => {
    // "Path"=hex(2): is 14 characters: 21 items fit on the first line (14 + 21 * 3 = 77), then 25 per line.
    const v = expandSz('Path', '%SystemRoot%\\system32\\mswsock.dll');
    const lines = valueText(v).split('\r\n');
    expect(lines[0]).toBe('"Path"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,\\');
    expect(lines[1]).toBe('  00,25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,5c,00,6d,00,\\');
    expect(lines[2]).toBe('  73,00,77,00,73,00,6f,00,63,00,6b,00,2e,00,64,00,6c,00,6c,00,00,00');
  });

  it('for every name length and data length: lines of at most 80 characters (after a short prefix), 25 items per full continuation line, no empty line', () => {
    for (let nameLen = 0; nameLen <= 90; nameLen += 1) {
      for (const n of [0, 1, 2, 20, 21, 22, 25, 26, 47, 48, 49, 100, 888]) {
        const name = 'n'.repeat(nameLen);
        const data = new Uint8Array(n).map((_, i) => i);
        const lines = valueText(binary(name, data)).split('\r\n');
        const prefix = (nameLen === 0 ? '@=' : `"${name}"=`) + 'hex:';
        expect(lines[0].startsWith(prefix)).toBe(true);
        const items = lines.map((l, i) => (i === 0 ? l.slice(prefix.length) : l.slice(2)).replace(/\\$/, '').split(',').filter((x) => x !== ''));
        expect(items.flat().join('')).toBe(Buffer.from(data).toString('hex').match(/../g)?.join('') ?? '');
        for (let i = 0; i < lines.length; i++) {
          const last = i === lines.length - 1;
          if (i > 0) expect(lines[i].startsWith('  ') && !lines[i].startsWith('   ')).toBe(true);
          if (!last) {
            expect(lines[i].endsWith(',\\')).toBe(true);
            // The break comes after the first item that makes the line 77 characters or longer.
            expect(lines[i].length - 1).toBeGreaterThanOrEqual(77);
            expect(lines[i].length - 1 - 3).toBeLessThan(i === 0 ? Math.max(77, prefix.length + 3) : 77);
          }
          if (i > 0 && !last) expect(items[i].length).toBe(25);
          if (i > 0 || prefix.length <= 74) expect(lines[i].length).toBeLessThanOrEqual(80);
        }
      }
    }
  });
});

describe('.reg writer: what it writes reads back as the same snapshot', () => {
  it('every value type, odd strings, unicode and escaped names', () => {
    const s: RegistrySnapshot = { keys: [...valueTypesSnapshot().keys, ...oddStringsSnapshot(false).keys] };
    const back = regFileToSnapshot(parseRegFile(writeRegFile(s)));
    expect(snapshotJson(back)).toEqual(snapshotJson(s));
  });
});
