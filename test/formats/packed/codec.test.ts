/**
 * PackedCatalogItem codec in Node: field offsets from the reference table (winsock-catalog.md
 * section 2), the worked example of section 2 encoded and decoded back, byte-exact round trips of
 * irregular items, reported (not thrown) damage, and the encoder's errors.
 */
import { describe, expect, it } from 'vitest';
import {
  decodePackedCatalogItem,
  encodePackedCatalogItem,
  entryTypeOf,
  firstIncompleteField,
  PACKED_ITEM_SIZE,
  type PackedCatalogItemFields,
} from '../../../src/core/formats/packed-catalog-item.js';
import { PACKED_ERRORS } from '../../../src/core/formats/packed/errors.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** The worked example of section 2 (a real Windows Server 2025 entry [S10]). */
const VIOSOCK: PackedCatalogItemFields = {
  libraryPath: '%SystemRoot%\\System32\\viosocklib.dll',
  serviceFlags1: 0x20026,
  serviceFlags2: 0,
  serviceFlags3: 0,
  serviceFlags4: 0,
  providerFlags: 0x8,
  providerId: '{9980498C-E732-482B-9F67-924273A56666}',
  catalogEntryId: 1015,
  chainLen: 1,
  chainEntries: [0, 0, 0, 0, 0, 0, 0],
  version: 0,
  addressFamily: 40,
  maxSockAddr: 16,
  minSockAddr: 12,
  socketType: 1,
  protocol: 0,
  protocolMaxOffset: 0,
  networkByteOrder: 1,
  securityScheme: 0,
  messageSize: 0,
  providerReserved: 0,
  szProtocol: 'Virtio Vsock STREAM',
};

/** Distinct values in every numeric field, to see each land at its own offset. */
const DISTINCT: PackedCatalogItemFields = {
  libraryPath: 'C:\\path\\lsp.dll',
  serviceFlags1: 0x11111111,
  serviceFlags2: 0x22222222,
  serviceFlags3: 0x33333333,
  serviceFlags4: 0x44444444,
  providerFlags: 0x55555555,
  providerId: '{00112233-4455-6677-8899-AABBCCDDEEFF}',
  catalogEntryId: 0x66666666,
  chainLen: 7,
  chainEntries: [0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77],
  version: 0x01010101,
  addressFamily: 0x02020202,
  maxSockAddr: 0x03030303,
  minSockAddr: 0x04040404,
  socketType: 0x05050505,
  protocol: -2147483648,
  protocolMaxOffset: 0x07070707,
  networkByteOrder: 0x08080808,
  securityScheme: 0x09090909,
  messageSize: 0xfffffff7,
  providerReserved: 0x0a0a0a0a,
  szProtocol: 'Name ü 中文 😀',
};

describe('layout (reference section 2 table)', () => {
  const b = encodePackedCatalogItem(DISTINCT);
  const v = view(b);
  it('is 888 bytes: char[260] + WSAPROTOCOL_INFOW (628)', () => {
    expect(b.length).toBe(888);
    expect(PACKED_ITEM_SIZE).toBe(260 + 628);
  });
  it('puts LibraryPath (ANSI, NUL-terminated, zero-padded) at 0x000', () => {
    expect(Buffer.from(b.subarray(0, 15)).toString('latin1')).toBe('C:\\path\\lsp.dll');
    expect(b.subarray(15, 260).every((x) => x === 0)).toBe(true);
  });
  it.each([
    [0x104, 'serviceFlags1', 0x11111111],
    [0x108, 'serviceFlags2', 0x22222222],
    [0x10c, 'serviceFlags3', 0x33333333],
    [0x110, 'serviceFlags4', 0x44444444],
    [0x114, 'providerFlags', 0x55555555],
    [0x128, 'catalogEntryId', 0x66666666],
    [0x12c, 'chainLen', 7],
    [0x130, 'chainEntries[0]', 0x71],
    [0x148, 'chainEntries[6]', 0x77],
    [0x14c, 'version', 0x01010101],
    [0x150, 'addressFamily', 0x02020202],
    [0x154, 'maxSockAddr', 0x03030303],
    [0x158, 'minSockAddr', 0x04040404],
    [0x15c, 'socketType', 0x05050505],
    [0x160, 'protocol', 0x80000000],
    [0x164, 'protocolMaxOffset', 0x07070707],
    [0x168, 'networkByteOrder', 0x08080808],
    [0x16c, 'securityScheme', 0x09090909],
    [0x170, 'messageSize', 0xfffffff7],
    [0x174, 'providerReserved', 0x0a0a0a0a],
  ])('puts %s (%s) little-endian', (offset, _name, value) => {
    expect(v.getUint32(offset, true)).toBe(value);
  });
  it('puts ProviderId at 0x118 in Windows layout (Data1-3 little-endian, Data4 as is)', () => {
    expect(hex(b.subarray(0x118, 0x128))).toBe('33221100554477668899aabbccddeeff');
  });
  it('puts szProtocol (UTF-16LE, NUL-terminated) at 0x178 and ends at 0x378', () => {
    const n = DISTINCT.szProtocol.length;
    expect(Buffer.from(b.subarray(0x178, 0x178 + n * 2)).toString('utf16le')).toBe(DISTINCT.szProtocol);
    expect(b.subarray(0x178 + n * 2, 0x378).every((x) => x === 0)).toBe(true);
  });
  it('decodes every field back, DWORDs unsigned and ints signed', () => {
    const d = decodePackedCatalogItem(b);
    expect(d.fields).toEqual(DISTINCT);
    expect(d.issues).toEqual([]);
    expect(d.complete).toBe(true);
    expect(d.size).toBe(888);
  });
});

describe('the worked example of section 2 (viosock, Server 2025)', () => {
  const b = encodePackedCatalogItem(VIOSOCK);
  it('encodes to the layout the reference decodes', () => {
    const v = view(b);
    expect(Buffer.from(b.subarray(0, 36)).toString('latin1')).toBe('%SystemRoot%\\System32\\viosocklib.dll');
    expect(v.getUint32(0x104, true)).toBe(0x20026);
    expect(v.getUint32(0x114, true)).toBe(0x8);
    expect(hex(b.subarray(0x118, 0x128))).toBe('8c498099' + '32e7' + '2b48' + '9f67924273a56666');
    expect(v.getUint32(0x128, true)).toBe(1015);
    expect(v.getInt32(0x12c, true)).toBe(1);
    expect(b.subarray(0x130, 0x14c).every((x) => x === 0)).toBe(true);
    expect(v.getInt32(0x14c, true)).toBe(0);
    expect(v.getInt32(0x150, true)).toBe(40);
    expect(v.getInt32(0x154, true)).toBe(16);
    expect(v.getInt32(0x158, true)).toBe(12);
    expect(v.getInt32(0x15c, true)).toBe(1);
    expect(v.getInt32(0x160, true)).toBe(0);
    expect(v.getInt32(0x168, true)).toBe(1);
    expect(Buffer.from(b.subarray(0x178, 0x178 + 38)).toString('utf16le')).toBe('Virtio Vsock STREAM');
  });
  it('decodes back to the same fields and re-encodes byte for byte', () => {
    const d = decodePackedCatalogItem(b);
    expect(d.fields).toEqual(VIOSOCK);
    expect(entryTypeOf(d.fields.chainLen)).toBe('Base');
    expect(hex(encodePackedCatalogItem(d.fields))).toBe(hex(b));
  });
});

describe('byte-exact round trips of irregular items', () => {
  const base = encodePackedCatalogItem(VIOSOCK);
  const roundTrip = (x: Uint8Array): void => {
    const d = decodePackedCatalogItem(x);
    expect(hex(encodePackedCatalogItem(d.fields))).toBe(hex(x));
  };
  it('keeps bytes after the NUL of LibraryPath (raw field)', () => {
    const x = base.slice();
    x[200] = 0xab;
    const d = decodePackedCatalogItem(x);
    expect(d.fields.libraryPath).toBe(VIOSOCK.libraryPath);
    expect(d.fields.libraryPathFieldHex).toBe(hex(x.subarray(0, 260)));
    expect(d.issues).toEqual([]);
    roundTrip(x);
  });
  it('keeps bytes after the NUL of szProtocol (raw field)', () => {
    const x = base.slice();
    x[0x370] = 0x41;
    const d = decodePackedCatalogItem(x);
    expect(d.fields.szProtocol).toBe('Virtio Vsock STREAM');
    expect(d.fields.szProtocolFieldHex).toBe(hex(x.subarray(0x178, 0x378)));
    roundTrip(x);
  });
  it('reports a LibraryPath without NUL (W2D1105) and keeps it', () => {
    const x = base.slice();
    x.fill(0x41, 0, 260);
    const d = decodePackedCatalogItem(x);
    expect(d.fields.libraryPath).toBe('A'.repeat(260));
    expect(d.issues.map((i) => i.id)).toEqual(['W2D1105']);
    roundTrip(x);
  });
  it('reports a szProtocol without NUL (W2D1106) and keeps it', () => {
    const x = base.slice();
    x.fill(0x42, 0x178, 0x378);
    const d = decodePackedCatalogItem(x);
    expect(d.fields.szProtocol).toBe('\u4242'.repeat(256));
    expect(d.issues.map((i) => i.id)).toEqual(['W2D1106']);
    roundTrip(x);
  });
  it('keeps every Windows-1252 byte of LibraryPath (0x80..0xFF, the five undefined ones too)', () => {
    const x = base.slice();
    for (let i = 0; i < 128; i++) x[i] = 0x80 + i;
    x.fill(0, 128, 260);
    const d = decodePackedCatalogItem(x);
    expect(d.fields.libraryPath.length).toBe(128);
    expect(d.fields.libraryPathFieldHex).toBeUndefined();
    roundTrip(x);
  });
  it('keeps lone surrogates of szProtocol', () => {
    const x = base.slice();
    x.fill(0, 0x178, 0x378);
    x[0x178] = 0x00;
    x[0x179] = 0xd8; // U+D800 alone
    x[0x17a] = 0x41;
    const d = decodePackedCatalogItem(x);
    expect(d.fields.szProtocol).toBe('\ud800A');
    roundTrip(x);
  });
  it('reports a ChainLen outside 0..7 (W2D1107) and classifies by value', () => {
    for (const n of [-1, 8, 0x7fffffff]) {
      const d = decodePackedCatalogItem(encodePackedCatalogItem({ ...VIOSOCK, chainLen: n }));
      expect(d.fields.chainLen).toBe(n);
      expect(d.issues.map((i) => i.id)).toEqual(['W2D1107']);
      expect(entryTypeOf(n)).toBe('Chain');
    }
    expect(entryTypeOf(0)).toBe('Layered');
    expect(entryTypeOf(2)).toBe('Chain');
  });
  it('decodes a longer item, keeps its extra bytes (W2D1102) and re-encodes them', () => {
    const x = new Uint8Array(900);
    x.set(base);
    x.fill(0xee, 888);
    const d = decodePackedCatalogItem(x);
    expect(d.fields.extraHex).toBe('ee'.repeat(12));
    expect(d.complete).toBe(true);
    expect(d.issues.map((i) => i.id)).toEqual(['W2D1102']);
    expect(d.issues[0].message).toContain('900 bytes');
    roundTrip(x);
  });
  it('reports every shorter length with its size (W2D1101), decodes what is there, and keeps the bytes', () => {
    for (let n = 0; n < 888; n++) {
      const x = base.slice(0, n);
      const d = decodePackedCatalogItem(x);
      expect(d.complete).toBe(false);
      expect(d.size).toBe(n);
      expect(d.issues[0].id).toBe('W2D1101');
      expect(d.issues[0].message).toContain(`is ${n} bytes`);
      expect(d.issues[0].message).toContain(firstIncompleteField(n));
      roundTrip(x);
      if (n >= 0x12c) expect(d.fields.catalogEntryId).toBe(1015);
      if (n >= 0x104) expect(d.fields.libraryPath).toBe(VIOSOCK.libraryPath);
    }
  });
  it('names the first incomplete field', () => {
    expect(firstIncompleteField(10)).toBe('LibraryPath');
    expect(firstIncompleteField(0x104)).toBe('dwServiceFlags1');
    expect(firstIncompleteField(0x12a)).toBe('dwCatalogEntryId');
    expect(firstIncompleteField(0x377)).toBe('szProtocol');
  });
});

describe('encoder errors (W2D1130..W2D1134)', () => {
  it.each([
    [{ libraryPath: 'x'.repeat(260) }, 'W2D1130'],
    [{ szProtocol: 'x'.repeat(256) }, 'W2D1131'],
    [{ chainEntries: [1, 2, 3, 4, 5, 6, 7, 8] }, 'W2D1132'],
    [{ catalogEntryId: 1.5 }, 'W2D1133'],
    [{ messageSize: 4294967296 }, 'W2D1133'],
    [{ protocol: -2147483649 }, 'W2D1133'],
    [{ libraryPathFieldHex: '00' }, 'W2D1134'],
    [{ szProtocolFieldHex: 'ab'.repeat(511) }, 'W2D1134'],
  ])('%j -> %s', (patch, id) => {
    expect(() => encodePackedCatalogItem({ ...VIOSOCK, ...patch } as PackedCatalogItemFields)).toThrow(new RegExp(`^${id}: `));
  });
  it('accepts the longest strings that fit and fewer than 7 chain entries', () => {
    const b = encodePackedCatalogItem({ ...VIOSOCK, libraryPath: 'p'.repeat(259), szProtocol: 'n'.repeat(255), chainEntries: [1001] });
    const d = decodePackedCatalogItem(b);
    expect(d.fields.libraryPath.length).toBe(259);
    expect(d.fields.szProtocol.length).toBe(255);
    expect(d.fields.chainEntries).toEqual([1001, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the W2D11xx table', () => {
  it('has unique ids in W2D1100..W2D1199 and a meaning for each', () => {
    const ids = PACKED_ERRORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of PACKED_ERRORS) {
      expect(e.id).toMatch(/^W2D11\d\d$/);
      expect(e.meaning.length).toBeGreaterThan(10);
    }
  });
});
