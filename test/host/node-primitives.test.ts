/**
 * Unit tests of the Node host primitives (src/host/node) with concrete vectors. The Pester file
 * test/pester/HostPrimitives.Tests.ps1 checks the PowerShell side with the same vectors, and
 * test/host/engines-agree.test.ts runs both engines on one table and compares them.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { host } from '../../src/host/host.js';
import { nodePrimitives as p } from '../../src/host/node/index.js';

const hex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const codes = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

/** Runs a write primitive on a copy of `start` and returns the buffer afterwards as hex. */
function after(start: string, write: (b: Uint8Array) => void): string {
  const b = hex(start);
  write(b);
  return toHex(b);
}

describe('host', () => {
  it('is the Node implementation', () => {
    expect(host).toBe(p);
  });
});

describe('bytesAlloc', () => {
  it('returns a zero-filled plain Uint8Array', () => {
    const b = p.bytesAlloc(3);
    expect(b.constructor).toBe(Uint8Array);
    expect(toHex(b)).toBe('000000');
    expect(p.bytesAlloc(0).length).toBe(0);
    expect(p.bytesAlloc(1).length).toBe(1);
  });
  it('rejects negative and non-integer lengths', () => {
    expect(() => p.bytesAlloc(-1)).toThrow(/^W2D9006: length must be a non-negative integer$/);
    expect(() => p.bytesAlloc(1.5)).toThrow(/^W2D9006: length must be a non-negative integer$/);
    expect(() => p.bytesAlloc(NaN)).toThrow(/^W2D9006: length must be a non-negative integer$/);
  });
});

describe('bytesSlice', () => {
  const src = '0102030405';
  it('copies [start, end) with Uint8Array.slice clamping', () => {
    expect(toHex(p.bytesSlice(hex(src), 1, 3))).toBe('0203');
    expect(toHex(p.bytesSlice(hex(src), 3, 100))).toBe('0405');
    expect(toHex(p.bytesSlice(hex(src), 4, 2))).toBe('');
    expect(toHex(p.bytesSlice(hex(src), 0, 5))).toBe(src);
    expect(toHex(p.bytesSlice(hex(src), 5, 5))).toBe('');
  });
  it('follows Uint8Array.slice for negative, fractional and NaN arguments', () => {
    expect(toHex(p.bytesSlice(hex(src), -2, 5))).toBe('0405');
    expect(toHex(p.bytesSlice(hex(src), 1, -1))).toBe('020304');
    expect(toHex(p.bytesSlice(hex(src), -100, 2))).toBe('0102');
    expect(toHex(p.bytesSlice(hex(src), 1.9, 3.2))).toBe('0203');
    expect(toHex(p.bytesSlice(hex(src), NaN, 2))).toBe('0102');
    for (const [s, e] of [[-2, 5], [1, -1], [1.9, 3.2], [NaN, 2], [7, 9], [-9, -7]]) {
      expect(toHex(p.bytesSlice(hex(src), s, e))).toBe(toHex(hex(src).slice(s, e)));
    }
  });
  it('returns a copy, never a view, even of a Buffer', () => {
    const buf = Buffer.from('0102030405', 'hex');
    const s = p.bytesSlice(buf, 1, 3);
    expect(s.constructor).toBe(Uint8Array);
    s[0] = 0xff;
    expect(buf[1]).toBe(2);
  });
});

describe('bytesConcat and bytesEqual', () => {
  it('concatenates in order', () => {
    expect(toHex(p.bytesConcat([hex('01'), hex(''), hex('0203')]))).toBe('010203');
    expect(toHex(p.bytesConcat([hex('ff')]))).toBe('ff');
    expect(toHex(p.bytesConcat([]))).toBe('');
  });
  it('compares length and bytes', () => {
    expect(p.bytesEqual(hex('0102'), hex('0102'))).toBe(true);
    expect(p.bytesEqual(hex('0102'), hex('0103'))).toBe(false);
    expect(p.bytesEqual(hex('01'), hex('0100'))).toBe(false);
    expect(p.bytesEqual(hex(''), hex(''))).toBe(true);
  });
});

describe('integer reads', () => {
  it('readU16LE', () => {
    expect(p.readU16LE(hex('3412ff'), 0)).toBe(0x1234);
    expect(p.readU16LE(hex('3412ff'), 1)).toBe(65298);
    expect(() => p.readU16LE(hex('3412ff'), 2)).toThrow(
      /^W2D9001: read of 2 bytes at offset 2 is outside a buffer of 3 bytes$/,
    );
  });
  it('readU32LE is unsigned', () => {
    expect(p.readU32LE(hex('ffffffff'), 0)).toBe(4294967295);
    expect(p.readU32LE(hex('78563412'), 0)).toBe(305419896);
    expect(p.readU32LE(hex('0000000080'), 1)).toBe(2147483648);
  });
  it('readI32LE is signed', () => {
    expect(p.readI32LE(hex('ffffffff'), 0)).toBe(-1);
    expect(p.readI32LE(hex('00000080'), 0)).toBe(-2147483648);
    expect(p.readI32LE(hex('ffffff7f'), 0)).toBe(2147483647);
  });
  it('reports reads outside the buffer and non-integer offsets', () => {
    expect(() => p.readU32LE(p.bytesAlloc(12), 10)).toThrow(
      /^W2D9001: read of 4 bytes at offset 10 is outside a buffer of 12 bytes$/,
    );
    expect(() => p.readI32LE(hex('00000000'), -1)).toThrow(
      /^W2D9001: read of 4 bytes at offset -1 is outside a buffer of 4 bytes$/,
    );
    expect(() => p.readU32LE(hex('00000000'), 1.5)).toThrow(/^W2D9006: offset must be an integer$/);
    expect(() => p.readU16LE(hex('0000'), NaN)).toThrow(/^W2D9006: offset must be an integer$/);
  });
});

describe('integer writes', () => {
  it('writeU16LE accepts -32768..65535', () => {
    expect(after('000000', (b) => p.writeU16LE(b, 1, 0xabcd))).toBe('00cdab');
    expect(after('0000', (b) => p.writeU16LE(b, 0, -1))).toBe('ffff');
    expect(() => p.writeU16LE(hex('0000'), 0, 65536)).toThrow(
      /^W2D9007: value 65536 is outside -32768\.\.65535 for a 16-bit field$/,
    );
    expect(() => p.writeU16LE(hex('0000'), 0, -32769)).toThrow(/^W2D9007: value -32769 /);
  });
  it('writeU32LE accepts 0..4294967295 and negative int32 values', () => {
    expect(after('00000000', (b) => p.writeU32LE(b, 0, 4294967295))).toBe('ffffffff');
    expect(after('00000000', (b) => p.writeU32LE(b, 0, -2))).toBe('feffffff');
    expect(after('00000000', (b) => p.writeU32LE(b, 0, 0x12345678))).toBe('78563412');
    expect(after('00000000', (b) => p.writeU32LE(b, 0, -2147483648))).toBe('00000080');
    expect(() => p.writeU32LE(hex('00000000'), 0, 4294967296)).toThrow(
      /^W2D9007: value 4294967296 is outside -2147483648\.\.4294967295 for a 32-bit field$/,
    );
    expect(() => p.writeU32LE(hex('00000000'), 0, -2147483649)).toThrow(/^W2D9007: value -2147483649 /);
    expect(() => p.writeU32LE(hex('00000000'), 0, 1.5)).toThrow(/^W2D9006: value must be an integer$/);
    expect(() => p.writeU32LE(hex('00000000'), 1, 7)).toThrow(
      /^W2D9001: write of 4 bytes at offset 1 is outside a buffer of 4 bytes$/,
    );
  });
  it('writeI32LE accepts the int32 range', () => {
    expect(after('00000000', (b) => p.writeI32LE(b, 0, -2147483648))).toBe('00000080');
    expect(after('00000000', (b) => p.writeI32LE(b, 0, -1))).toBe('ffffffff');
    expect(() => p.writeI32LE(hex('00000000'), 0, 2147483648)).toThrow(
      /^W2D9007: value 2147483648 is outside -2147483648\.\.2147483647 for a signed 32-bit field$/,
    );
  });
  it('checks the value before the bounds', () => {
    expect(() => p.writeU32LE(hex('00'), 5, 4294967296)).toThrow(/^W2D9007:/);
    expect(() => p.writeU32LE(hex('00'), 0.5, 1.5)).toThrow(/^W2D9006: offset must be an integer$/);
  });
});

describe('GUIDs', () => {
  const layout = '8c49809932e72b489f67924273a56666';
  const text = '{9980498C-E732-482B-9F67-924273A56666}';
  it('readGuid reads the Windows layout, upper case with braces', () => {
    expect(p.readGuid(hex(layout), 0)).toBe(text);
    expect(p.readGuid(hex(`00${layout}`), 1)).toBe(text);
    expect(() => p.readGuid(hex(layout), 1)).toThrow(
      /^W2D9001: read of 16 bytes at offset 1 is outside a buffer of 16 bytes$/,
    );
  });
  it('writeGuid writes the Windows layout from any accepted spelling', () => {
    for (const g of [text, text.toLowerCase(), '9980498c-E732-482b-9F67-924273a56666']) {
      expect(after('00'.repeat(18), (b) => p.writeGuid(b, 1, g))).toBe(`00${layout}00`);
    }
  });
  it('rejects malformed GUIDs', () => {
    for (const g of [
      '{9980498C-E732-482B-9F67-924273A56666',
      '9980498C-E732-482B-9F67-924273A56666}',
      '9980498CE732482B9F67924273A56666',
      '{9980498C-E732-482B-9F67-924273A5666G}',
      `${text}\n`,
      '',
    ]) {
      expect(() => p.writeGuid(p.bytesAlloc(16), 0, g)).toThrow(`W2D9002: '${g}' is not a GUID`);
    }
    expect(() => p.writeGuid(p.bytesAlloc(15), 0, text)).toThrow(
      /^W2D9001: write of 16 bytes at offset 0 is outside a buffer of 15 bytes$/,
    );
  });
});

describe('ANSI (Windows-1252) strings', () => {
  it('readAnsiZ stops at NUL or the end of the field', () => {
    expect(p.readAnsiZ(hex('41424300ffff'), 0, 6)).toBe('ABC');
    expect(p.readAnsiZ(hex('414243'), 0, 3)).toBe('ABC');
    expect(p.readAnsiZ(hex('41424344'), 1, 2)).toBe('BC');
    expect(p.readAnsiZ(hex('41'), 0, 0)).toBe('');
  });
  it('decodes 0x80..0x9F with the explicit table', () => {
    expect(p.readAnsiZ(hex('80'), 0, 1)).toBe('\u20AC');
    expect(codes(p.readAnsiZ(hex('80818d8f909d9f'), 0, 7))).toEqual([0x20ac, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x178]);
    expect(p.readAnsiZ(hex('e9ff'), 0, 2)).toBe('\u00E9\u00FF');
    for (let b = 1; b < 256; b++) {
      const s = p.readAnsiZ(new Uint8Array([b]), 0, 1);
      expect(s.length).toBe(1);
      expect(toHex(p.encodeText(s, 'ansi'))).toBe(b.toString(16).padStart(2, '0'));
    }
  });
  it('readAnsiZ checks the field and maxBytes', () => {
    expect(() => p.readAnsiZ(hex('0000000000'), 2, 4)).toThrow(
      /^W2D9001: read of 4 bytes at offset 2 is outside a buffer of 5 bytes$/,
    );
    expect(() => p.readAnsiZ(hex('00'), 0, -1)).toThrow(/^W2D9006: maxBytes must be a non-negative integer$/);
  });
  it('writeAnsiZ NUL-terminates and zero-pads the field', () => {
    expect(after('ffffffffffff', (b) => p.writeAnsiZ(b, 1, 4, 'Ab'))).toBe('ff41620000ff');
    expect(after('ffff', (b) => p.writeAnsiZ(b, 0, 2, '\u20AC'))).toBe('8000');
    expect(after('ff', (b) => p.writeAnsiZ(b, 0, 1, ''))).toBe('00');
  });
  it('writes ? for what 1252 cannot encode, one per code point', () => {
    expect(after('ffffffffff', (b) => p.writeAnsiZ(b, 0, 5, 'a\u{1F600}b'))).toBe('613f620000');
    expect(after('ffff', (b) => p.writeAnsiZ(b, 0, 2, '\ud800'))).toBe('3f00');
    expect(after('ffffff', (b) => p.writeAnsiZ(b, 0, 3, '\udc00\ud800'))).toBe('3f3f00');
    expect(after('ffff', (b) => p.writeAnsiZ(b, 0, 2, '\u0080'))).toBe('3f00');
    expect(after('ffff', (b) => p.writeAnsiZ(b, 0, 2, '\u0081'))).toBe('8100');
    expect(after('ffff', (b) => p.writeAnsiZ(b, 0, 2, '\u0100'))).toBe('3f00');
  });
  it('writeAnsiZ reports text that does not fit', () => {
    expect(() => p.writeAnsiZ(p.bytesAlloc(8), 0, 4, 'abcd')).toThrow(
      /^W2D9003: text needs 5 bytes with its NUL terminator but the field holds 4$/,
    );
    expect(() => p.writeAnsiZ(p.bytesAlloc(3), 0, 4, 'ab')).toThrow(
      /^W2D9001: write of 4 bytes at offset 0 is outside a buffer of 3 bytes$/,
    );
  });
});

describe('UTF-16 strings', () => {
  it('readUtf16Z stops at a NUL unit or the end of the field', () => {
    expect(p.readUtf16Z(hex('410042000000'), 0, 6)).toBe('AB');
    expect(p.readUtf16Z(hex('41004200'), 0, 4)).toBe('AB');
    expect(p.readUtf16Z(hex('4100420043'), 0, 5)).toBe('AB');
    expect(p.readUtf16Z(hex('00410042'), 1, 2)).toBe('A');
    expect(p.readUtf16Z(hex('00d800004100'), 0, 6)).toBe('\ud800');
    expect(p.readUtf16Z(hex('4100fdff00dc'), 0, 6)).toBe('A\ufffd\udc00');
    expect(p.readUtf16Z(hex('fdff42000000'), 0, 6)).toBe('\ufffdB');
    expect(p.readUtf16Z(hex('3dd800de'), 0, 4)).toBe('\u{1F600}');
  });
  it('keeps lone surrogates', () => {
    expect(codes(p.readUtf16Z(hex('00d84100'), 0, 4))).toEqual([0xd800, 0x41]);
    expect(after('ffffffff', (b) => p.writeUtf16Z(b, 0, 4, '\udc00'))).toBe('00dc0000');
  });
  it('writeUtf16Z NUL-terminates and zero-pads the field', () => {
    expect(after('ffffffffffffffff', (b) => p.writeUtf16Z(b, 0, 8, 'AB'))).toBe('4100420000000000');
    expect(after('ffffffffffffffff', (b) => p.writeUtf16Z(b, 0, 7, 'AB'))).toBe('41004200000000ff');
    expect(after('ffffffffffffffff', (b) => p.writeUtf16Z(b, 0, 8, 'ABC'))).toBe('4100420043000000');
    expect(() => p.writeUtf16Z(p.bytesAlloc(8), 0, 8, 'ABCD')).toThrow(
      /^W2D9003: text needs 10 bytes with its NUL terminator but the field holds 8$/,
    );
    expect(() => p.readUtf16Z(p.bytesAlloc(8), 6, 4)).toThrow(
      /^W2D9001: read of 4 bytes at offset 6 is outside a buffer of 8 bytes$/,
    );
  });
});

describe('hex', () => {
  it('bytesToHex is lower case without separators', () => {
    expect(p.bytesToHex(hex('00ff10ab'))).toBe('00ff10ab');
    expect(p.bytesToHex(hex(''))).toBe('');
  });
  it('hexToBytes accepts either case', () => {
    expect(toHex(p.hexToBytes('ABcd09'))).toBe('abcd09');
    expect(p.hexToBytes('').length).toBe(0);
    expect(p.hexToBytes('').constructor).toBe(Uint8Array);
  });
  it('hexToBytes rejects odd lengths and non-hex characters', () => {
    expect(() => p.hexToBytes('abc')).toThrow(/^W2D9004: hex text has an odd length of 3$/);
    expect(() => p.hexToBytes('zz')).toThrow(/^W2D9004: hex text has a non-hex character at index 0$/);
    expect(() => p.hexToBytes('az')).toThrow(/^W2D9004: hex text has a non-hex character at index 1$/);
    expect(() => p.hexToBytes('0x12')).toThrow(/^W2D9004: hex text has a non-hex character at index 1$/);
    expect(() => p.hexToBytes('12 4')).toThrow(/^W2D9004: hex text has a non-hex character at index 2$/);
  });
});

describe('hexListToBytes', () => {
  it('reads regedit hex lists, either case', () => {
    expect(toHex(p.hexListToBytes('00,ff,1A,b2')!)).toBe('00ff1ab2');
    expect(toHex(p.hexListToBytes('7f')!)).toBe('7f');
    expect(p.hexListToBytes('')!.length).toBe(0);
    expect(p.hexListToBytes('')!.constructor).toBe(Uint8Array);
  });
  it('gives undefined for anything else', () => {
    for (const t of ['00,', ',00', '0,00', '000', '00,,01', '00, 01', '0g', '00;01', ' 00', '00\n', '00,01\\', '\u0661\u0662']) {
      expect(p.hexListToBytes(t), JSON.stringify(t)).toBeUndefined();
    }
  });
});

describe('decodeText', () => {
  const cases: [string, string, string][] = [
    ['fffe41004200', 'AB', 'utf16le-bom'],
    ['feff00410042', 'AB', 'utf16be-bom'],
    ['efbbbf41c3a9', 'A\u00E9', 'utf8-bom'],
    ['41c3a9', 'A\u00E9', 'utf8'],
    ['41e9', 'A\u00E9', 'ansi'],
    ['80', '\u20AC', 'ansi'],
    ['', '', 'utf8'],
    ['ff', '\u00FF', 'ansi'],
    ['fffe', '', 'utf16le-bom'],
    ['efbbbf', '', 'utf8-bom'],
    ['efbbbfefbbbf41', '\uFEFFA', 'utf8-bom'],
    ['f09f9880', '\u{1F600}', 'utf8'],
    ['efbfbf', '\uFFFF', 'utf8'],
    // strict UTF-8: overlong, encoded surrogate, above U+10FFFF, truncated, lone continuation -> 1252
    ['c080', '\u00C0\u20AC', 'ansi'],
    ['eda080', '\u00ED\u00A0\u20AC', 'ansi'],
    ['f4908080', '\u00F4\u0090\u20AC\u20AC', 'ansi'],
    ['e282', '\u00E2\u201A', 'ansi'],
    ['4180', 'A\u20AC', 'ansi'],
    // UTF-16: lone surrogates kept, odd last byte -> U+FFFD
    ['fffe00d84100', '\ud800A', 'utf16le-bom'],
    ['fffe410042', 'A\uFFFD', 'utf16le-bom'],
    ['feff0041dc00', 'A\udc00', 'utf16be-bom'],
    // after a UTF-8 BOM: U+FFFD per WHATWG maximal subpart
    ['efbbbf41e28241f090', 'A\uFFFDA\uFFFD', 'utf8-bom'],
    ['efbbbff08f8080', '\uFFFD\uFFFD\uFFFD\uFFFD', 'utf8-bom'],
    ['efbbbfc0af', '\uFFFD\uFFFD', 'utf8-bom'],
    ['efbbbfe0a0', '\uFFFD', 'utf8-bom'],
    ['efbbbfed9fbfeda080', '\uD7FF\uFFFD\uFFFD\uFFFD', 'utf8-bom'],
    ['efbbbff4908080', '\uFFFD\uFFFD\uFFFD\uFFFD', 'utf8-bom'],
  ];
  for (const [input, text, encoding] of cases) {
    it(`${input || '(empty)'} -> ${encoding}`, () => {
      const r = p.decodeText(hex(input));
      expect(Object.keys(r)).toEqual(['text', 'encoding']);
      expect(codes(r.text)).toEqual(codes(text));
      expect(r.encoding).toBe(encoding);
    });
  }
});

describe('encodeText', () => {
  it('encodes each supported encoding', () => {
    expect(toHex(p.encodeText('AB', 'utf16le-bom'))).toBe('fffe41004200');
    expect(toHex(p.encodeText('A\u00E9', 'utf8'))).toBe('41c3a9');
    expect(toHex(p.encodeText('A\u00E9', 'utf8-bom'))).toBe('efbbbf41c3a9');
    expect(toHex(p.encodeText('A\u00E9\u20AC', 'ansi'))).toBe('41e980');
    expect(toHex(p.encodeText('', 'utf8-bom'))).toBe('efbbbf');
    expect(toHex(p.encodeText('', 'utf16le-bom'))).toBe('fffe');
    expect(p.encodeText('', 'ansi').length).toBe(0);
    expect(p.encodeText('x', 'utf8').constructor).toBe(Uint8Array);
  });
  it('handles surrogates: UTF-16 keeps them, UTF-8 writes U+FFFD for lone ones, ANSI writes ?', () => {
    expect(toHex(p.encodeText('\u{1F600}', 'utf8'))).toBe('f09f9880');
    expect(toHex(p.encodeText('\ud800x', 'utf8'))).toBe('efbfbd78');
    expect(toHex(p.encodeText('\udc00\ud800', 'utf8'))).toBe('efbfbdefbfbd');
    expect(toHex(p.encodeText('a\ud800', 'utf16le-bom'))).toBe('fffe610000d8');
    expect(toHex(p.encodeText('\u{1F600}\ud800', 'ansi'))).toBe('3f3f');
  });
  it('matches the name exactly', () => {
    expect(() => p.encodeText('x', 'UTF8')).toThrow(/^W2D9005: unknown text encoding 'UTF8'$/);
    expect(() => p.encodeText('x', 'utf16be-bom')).toThrow(/^W2D9005: unknown text encoding 'utf16be-bom'$/);
  });
  it('round-trips through decodeText', () => {
    const text = 'Winsock \u20AC \u00E9 \u{1F600}';
    for (const enc of ['utf16le-bom', 'utf8-bom', 'utf8']) {
      expect(p.decodeText(p.encodeText(text, enc))).toEqual({ text, encoding: enc });
    }
  });
});

describe('sha256Hex', () => {
  it('hashes', () => {
    expect(p.sha256Hex(p.encodeText('abc', 'utf8'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(p.sha256Hex(hex(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'w2d-host-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('readFileBytes reads a file and reports what cannot be read', () => {
    const f = path.join(dir, 'read.bin');
    writeFileSync(f, Buffer.from('0001ff', 'hex'));
    const b = p.readFileBytes(f);
    expect(b.constructor).toBe(Uint8Array);
    expect(toHex(b)).toBe('0001ff');
    const missing = path.join(dir, 'missing.bin');
    expect(() => p.readFileBytes(missing)).toThrow(`W2D9010: cannot read file '${missing}'`);
    expect(() => p.readFileBytes(dir)).toThrow(`W2D9010: cannot read file '${dir}'`);
  });

  it('writeFileAtomic writes, overwrites and leaves no temporary file', () => {
    const sub = path.join(dir, 'atomic');
    mkdirSync(sub);
    const f = path.join(sub, 'out.reg');
    p.writeFileAtomic(f, hex('010203'));
    expect(readFileSync(f).toString('hex')).toBe('010203');
    p.writeFileAtomic(f, hex('ff'));
    expect(readFileSync(f).toString('hex')).toBe('ff');
    p.writeFileAtomic(f, hex(''));
    expect(readFileSync(f).length).toBe(0);
    expect(readdirSync(sub)).toEqual(['out.reg']);
  });

  it('writeFileAtomic reports a missing folder and a directory target, leaving nothing behind', () => {
    const bad = path.join(dir, 'no-such-folder', 'x.bin');
    expect(() => p.writeFileAtomic(bad, hex('01'))).toThrow(`W2D9011: cannot write file '${bad}'`);
    const sub = path.join(dir, 'target-is-dir');
    mkdirSync(path.join(sub, 'd'), { recursive: true });
    expect(() => p.writeFileAtomic(path.join(sub, 'd'), hex('01'))).toThrow(/^W2D9011: cannot write file /);
    expect(readdirSync(sub)).toEqual(['d']);
  });

  it('fileExists is true for files only', () => {
    const f = path.join(dir, 'exists.dll');
    writeFileSync(f, 'x');
    expect(p.fileExists(f)).toBe(true);
    expect(p.fileExists(dir)).toBe(false);
    expect(p.fileExists(path.join(dir, 'nope.dll'))).toBe(false);
    expect(p.fileExists('')).toBe(false);
    expect(p.fileExists('a\u0000b')).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('fileExists treats backslashes as separators off Windows', () => {
    mkdirSync(path.join(dir, 'Win', 'System32'), { recursive: true });
    writeFileSync(path.join(dir, 'Win', 'System32', 'mswsock.dll'), 'x');
    expect(p.fileExists(`${dir}/Win\\System32\\mswsock.dll`)).toBe(true);
    expect(p.fileExists(`${dir}/Win\\System32\\missing.dll`)).toBe(false);
  });
});

describe('environment', () => {
  const saved: Record<string, string | undefined> = {};
  const setEnv = (name: string, value: string | undefined): void => {
    if (!(name in saved)) saved[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
      delete saved[k];
    }
  });

  it('getEnv returns the value or undefined', () => {
    setEnv('W2D_TEST_GETENV', 'v=1');
    expect(p.getEnv('W2D_TEST_GETENV')).toBe('v=1');
    setEnv('W2D_TEST_GETENV', undefined);
    expect(p.getEnv('W2D_TEST_GETENV')).toBeUndefined();
    expect(p.getEnv('')).toBeUndefined();
  });

  it('expandCatalogPath expands %VAR% case-insensitively and leaves unknown references', () => {
    setEnv('W2D_T_DIR', 'C:\\Dir');
    setEnv('W2D_T_UNSET', undefined);
    expect(p.expandCatalogPath('%w2d_t_dir%\\a.dll', 64)).toBe('C:\\Dir\\a.dll');
    expect(p.expandCatalogPath('%W2D_T_DIR%%W2D_T_DIR%', 64)).toBe('C:\\DirC:\\Dir');
    expect(p.expandCatalogPath('%W2D_T_UNSET%\\a.dll', 64)).toBe('%W2D_T_UNSET%\\a.dll');
    expect(p.expandCatalogPath('%W2D_T_UNSET%W2D_T_DIR%', 64)).toBe('%W2D_T_UNSETC:\\Dir');
    expect(p.expandCatalogPath('%%', 64)).toBe('%%');
    expect(p.expandCatalogPath('50%', 32)).toBe('50%');
    expect(p.expandCatalogPath('%', 32)).toBe('%');
    expect(p.expandCatalogPath('', 32)).toBe('');
    setEnv('W2D_T_PCT', '%W2D_T_DIR%');
    expect(p.expandCatalogPath('%W2D_T_PCT%', 64)).toBe('%W2D_T_DIR%');
  });

  it('expandCatalogPath maps system32 under the Windows directory to SysWOW64 for bitness 32', () => {
    setEnv('SystemRoot', 'C:\\Windows');
    setEnv('windir', 'C:\\Windows');
    expect(p.expandCatalogPath('%SystemRoot%\\system32\\mswsock.dll', 32)).toBe('C:\\Windows\\SysWOW64\\mswsock.dll');
    expect(p.expandCatalogPath('%SystemRoot%\\system32\\mswsock.dll', 64)).toBe('C:\\Windows\\system32\\mswsock.dll');
    expect(p.expandCatalogPath('c:\\windows\\SYSTEM32\\x.dll', 32)).toBe('c:\\windows\\SysWOW64\\x.dll');
    expect(p.expandCatalogPath('%windir%\\System32\\drivers\\x.sys', 32)).toBe('C:\\Windows\\SysWOW64\\drivers\\x.sys');
    expect(p.expandCatalogPath('C:\\Windows\\System32Extra\\x.dll', 32)).toBe('C:\\Windows\\System32Extra\\x.dll');
    expect(p.expandCatalogPath('D:\\Windows\\System32\\x.dll', 32)).toBe('D:\\Windows\\System32\\x.dll');
    expect(p.expandCatalogPath('C:\\Windows\\sub\\System32\\x.dll', 32)).toBe('C:\\Windows\\sub\\System32\\x.dll');
    expect(p.expandCatalogPath('C:\\Windows\\System32', 32)).toBe('C:\\Windows\\System32');
  });

  it.skipIf(process.platform === 'win32')('expandCatalogPath uses WINSOCK2DOCTOR_SYSTEMROOT off Windows', () => {
    setEnv('SystemRoot', undefined);
    setEnv('SYSTEMROOT', undefined);
    setEnv('windir', undefined);
    setEnv('WINDIR', undefined);
    setEnv('WINSOCK2DOCTOR_SYSTEMROOT', undefined);
    expect(p.expandCatalogPath('%SystemRoot%\\system32\\mswsock.dll', 64)).toBe('%SystemRoot%\\system32\\mswsock.dll');
    expect(p.expandCatalogPath('%SystemRoot%\\system32\\mswsock.dll', 32)).toBe('%SystemRoot%\\SysWOW64\\mswsock.dll');
    setEnv('WINSOCK2DOCTOR_SYSTEMROOT', '/sim/win');
    expect(p.expandCatalogPath('%SystemRoot%\\System32\\mswsock.dll', 64)).toBe('/sim/win\\System32\\mswsock.dll');
    expect(p.expandCatalogPath('%SYSTEMROOT%\\System32\\mswsock.dll', 32)).toBe('/sim/win\\SysWOW64\\mswsock.dll');
    expect(p.expandCatalogPath('%windir%\\system32\\x.dll', 32)).toBe('/sim/win\\SysWOW64\\x.dll');
    setEnv('WINSOCK2DOCTOR_SYSTEMROOT', '/sim/win/');
    expect(p.expandCatalogPath('%windir%system32\\x.dll', 32)).toBe('/sim/win/SysWOW64\\x.dll');
    setEnv('SystemRoot', '/real');
    expect(p.expandCatalogPath('%SystemRoot%\\system32\\x.dll', 32)).toBe('/real\\SysWOW64\\x.dll');
  });
});

describe('system', () => {
  it('nowUtcIso is ISO 8601 UTC with milliseconds, now', () => {
    const s = p.nowUtcIso();
    expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(s) - Date.now())).toBeLessThan(5000);
  });
  it('computerName, platform, osVersion, isElevated', () => {
    const name = p.computerName();
    expect(name.length).toBeGreaterThan(0);
    expect(p.platform()).toBe(process.platform === 'win32' ? 'Windows' : 'Unix');
    if (process.platform !== 'win32') {
      expect(name).toBe(hostname().split('.')[0]);
      if (existsSync('/proc/sys/kernel/osrelease')) {
        expect(p.osVersion()).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
      }
      expect(p.isElevated()).toBe(process.geteuid?.() === 0);
    } else {
      expect(p.osVersion()).toMatch(/^\d+\.\d+\.\d+$/);
      expect(typeof p.isElevated()).toBe('boolean');
    }
  });
  it.skipIf(process.platform === 'win32')('runNetsh is not available off Windows', () => {
    expect(() => p.runNetsh(['winsock', 'show', 'catalog'])).toThrow(
      /^W2D9020: netsh is not available on this system$/,
    );
  });
  it.runIf(process.platform === 'win32')('runNetsh runs netsh', () => {
    const r = p.runNetsh(['/?']);
    expect(Object.keys(r)).toEqual(['exitCode', 'output']);
    expect(typeof r.exitCode).toBe('number');
    expect(r.output.length).toBeGreaterThan(0);
  });
});
