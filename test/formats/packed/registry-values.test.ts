/** The Winsock registry value codecs: counters, strings, REG_MULTI_SZ, the 16-byte GUID; wrong types reported. */
import { describe, expect, it } from 'vitest';
import {
  decodeDword,
  decodeGuidValue,
  decodeMultiString,
  decodeString,
  encodeDwordValue,
  encodeGuidValue,
  encodeMultiStringValue,
  encodeStringValue,
  valueDisplayText,
  type ValueIssue,
} from '../../../src/core/formats/packed/registry-values.js';
import { REG_BINARY, REG_DWORD, REG_EXPAND_SZ, REG_MULTI_SZ, REG_SZ } from '../../../src/core/model/registry.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));

describe('encoders produce what the registry stores', () => {
  it('REG_SZ / REG_EXPAND_SZ: UTF-16LE with the NUL', () => {
    const v = encodeStringValue('ProtocolName', 'AB', false);
    expect(v).toEqual({ name: 'ProtocolName', type: REG_SZ, data: bytes('410042000000') });
    expect(encodeStringValue('LibraryPath', '', true)).toEqual({ name: 'LibraryPath', type: REG_EXPAND_SZ, data: bytes('0000') });
  });
  it('REG_DWORD: 4 bytes little-endian, negatives as two\'s complement', () => {
    expect(hex(encodeDwordValue('Num_Catalog_Entries', 14).data)).toBe('0e000000');
    expect(hex(encodeDwordValue('AddressFamily', -1).data)).toBe('ffffffff');
    expect(encodeDwordValue('x', 1).type).toBe(REG_DWORD);
  });
  it('REG_MULTI_SZ: each string with its NUL, then one more', () => {
    const v = encodeMultiStringValue('Transports', ['Tcpip', 'NwlnkIpx']);
    expect(v.type).toBe(REG_MULTI_SZ);
    expect(Buffer.from(v.data).toString('utf16le')).toBe('Tcpip\0NwlnkIpx\0\0');
    expect(hex(encodeMultiStringValue('T', []).data)).toBe('0000');
  });
  it('GUID: 16 bytes in Windows layout', () => {
    const v = encodeGuidValue('ProviderId', '{22059D40-7E9E-11CF-AE5A-00AA00A7112B}');
    expect(v.type).toBe(REG_BINARY);
    expect(hex(v.data)).toBe('409d05229e7ecf11ae5a00aa00a7112b');
  });
});

describe('decoders', () => {
  it('read back what the encoders wrote, without issues', () => {
    const issues: ValueIssue[] = [];
    expect(decodeDword(encodeDwordValue('a', 0xfffffffe), false, 'a', issues)).toBe(0xfffffffe);
    expect(decodeDword(encodeDwordValue('a', -1), true, 'a', issues)).toBe(-1);
    expect(decodeString(encodeStringValue('s', 'Tcpip', false), 's', issues)).toBe('Tcpip');
    expect(decodeMultiString(encodeMultiStringValue('m', ['Tcpip', 'NwlnkNb']), 'm', issues)).toEqual(['Tcpip', 'NwlnkNb']);
    expect(decodeGuidValue(encodeGuidValue('g', '{3b2637ee-e580-11cf-a555-00c04fd8d4ac}'), 'g', issues)).toBe('{3B2637EE-E580-11CF-A555-00C04FD8D4AC}');
    expect(issues).toEqual([]);
  });
  it('report wrong types and sizes with W2D11xx and never throw', () => {
    const issues: ValueIssue[] = [];
    expect(decodeDword({ name: 'n', type: REG_DWORD, data: bytes('0100') }, false, 'N', issues)).toBeNull();
    expect(decodeDword({ name: 'n', type: REG_BINARY, data: bytes('02000000') }, false, 'N', issues)).toBe(2);
    expect(decodeString({ name: 's', type: REG_BINARY, data: bytes('4100') }, 'S', issues)).toBe('A');
    expect(decodeString({ name: 's', type: REG_SZ, data: bytes('41') }, 'S', issues)).toBe('');
    expect(decodeMultiString({ name: 'm', type: REG_DWORD, data: bytes('01000000') }, 'M', issues)).toBeNull();
    expect(decodeMultiString({ name: 'm', type: REG_SZ, data: bytes('410000') }, 'M', issues)).toEqual(['A']);
    expect(decodeMultiString({ name: 'm', type: REG_MULTI_SZ, data: bytes('4100420043') }, 'M', issues)).toEqual(['AB']);
    expect(decodeGuidValue({ name: 'g', type: REG_BINARY, data: bytes('00') }, 'G', issues)).toBeNull();
    expect(issues.map((i) => i.id)).toEqual(['W2D1110', 'W2D1110', 'W2D1111', 'W2D1115', 'W2D1113']);
    for (const i of issues) expect(i.message.startsWith(`${i.id}: `)).toBe(true);
  });
  it('display text: strings, decimal DWORDs, joined multi-strings, hex otherwise', () => {
    expect(valueDisplayText(encodeStringValue('a', 'x', false))).toBe('x');
    expect(valueDisplayText(encodeDwordValue('a', 1020))).toBe('1020');
    expect(valueDisplayText(encodeMultiStringValue('a', ['Tcpip', 'Tcpip6']))).toBe('Tcpip, Tcpip6');
    expect(valueDisplayText({ name: 'a', type: REG_BINARY, data: bytes('0aff') })).toBe('0aff');
  });
});
