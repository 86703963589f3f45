/**
 * Typed registry values of the Winsock keys, decoded from and encoded to the raw bytes a
 * RegistryValue carries: DWORD counters (Num_Catalog_Entries[64], Next_Catalog_Entry_ID,
 * Serial_Access_Num), strings (ProtocolName, LibraryPath, DisplayString, Current_*_Catalog),
 * REG_MULTI_SZ (the legacy Winsock\Parameters Transports), the 16-byte name-space ProviderId.
 *
 * Decoders never throw: a value of the wrong type or size is reported into `issues` and yields
 * null. Encoders (used by the fixture builder and repair) produce what the registry stores.
 */
import type { Bytes } from '../../../host/primitives.js';
import { host } from '../../../host/host.js';
import type { RegistryValue } from '../../model/registry.js';
import { REG_BINARY, REG_DWORD, REG_EXPAND_SZ, REG_MULTI_SZ, REG_SZ } from '../../model/registry.js';
import { W2D1110, W2D1111, W2D1113, W2D1115 } from './errors.js';

export interface ValueIssue {
  id: string;
  message: string;
}

/** The REG_* name of a type number, for messages. */
export function regTypeName(type: number): string {
  switch (type) {
    case 0:
      return 'REG_NONE';
    case 1:
      return 'REG_SZ';
    case 2:
      return 'REG_EXPAND_SZ';
    case 3:
      return 'REG_BINARY';
    case 4:
      return 'REG_DWORD';
    case 5:
      return 'REG_DWORD_BIG_ENDIAN';
    case 6:
      return 'REG_LINK';
    case 7:
      return 'REG_MULTI_SZ';
    case 11:
      return 'REG_QWORD';
    default:
      return `type ${type}`;
  }
}

/** UTF-16LE text of string data up to the first NUL (an odd last byte is ignored). */
export function utf16Text(data: Bytes): string {
  const even = data.length - (data.length % 2);
  if (even === 0) {
    return '';
  }
  return host.readUtf16Z(data, 0, even);
}

/**
 * A REG_DWORD as a number (unsigned, or signed when `signed`). A 4-byte value of another type is
 * decoded and reported; any other size is reported and gives null.
 */
export function decodeDword(v: RegistryValue, signed: boolean, where: string, issues: ValueIssue[]): number | null {
  if (v.data.length !== 4) {
    issues.push({ id: W2D1110, message: `${W2D1110}: ${where} is ${regTypeName(v.type)} of ${v.data.length} bytes, not a 4-byte REG_DWORD` });
    return null;
  }
  if (v.type !== REG_DWORD) {
    issues.push({ id: W2D1110, message: `${W2D1110}: ${where} is ${regTypeName(v.type)}, not REG_DWORD; its 4 bytes were read as a DWORD` });
  }
  return signed ? host.readI32LE(v.data, 0) : host.readU32LE(v.data, 0);
}

/** A REG_SZ / REG_EXPAND_SZ as text. Other types: reported, and their bytes read as UTF-16 anyway. */
export function decodeString(v: RegistryValue, where: string, issues: ValueIssue[]): string {
  if (v.type !== REG_SZ && v.type !== REG_EXPAND_SZ) {
    issues.push({ id: W2D1111, message: `${W2D1111}: ${where} is ${regTypeName(v.type)}, not REG_SZ or REG_EXPAND_SZ; read as UTF-16 text` });
  }
  return utf16Text(v.data);
}

/** The strings of a REG_MULTI_SZ (the empty string ends the list); a REG_SZ gives one string. */
export function decodeMultiString(v: RegistryValue, where: string, issues: ValueIssue[]): string[] | null {
  if (v.type === REG_SZ || v.type === REG_EXPAND_SZ) {
    const one = utf16Text(v.data);
    return one === '' ? [] : [one];
  }
  if (v.type !== REG_MULTI_SZ) {
    issues.push({ id: W2D1115, message: `${W2D1115}: ${where} is ${regTypeName(v.type)}, not REG_MULTI_SZ` });
    return null;
  }
  const out: string[] = [];
  const even = v.data.length - (v.data.length % 2);
  let offset = 0;
  while (offset < even) {
    const s = host.readUtf16Z(v.data, offset, even - offset);
    if (s === '') {
      break;
    }
    out.push(s);
    offset += s.length * 2 + 2;
  }
  return out;
}

/** A 16-byte REG_BINARY GUID (Windows layout) as `{GUID}` upper case; else reported and null. */
export function decodeGuidValue(v: RegistryValue, where: string, issues: ValueIssue[]): string | null {
  if (v.data.length !== 16) {
    issues.push({ id: W2D1113, message: `${W2D1113}: ${where} is ${regTypeName(v.type)} of ${v.data.length} bytes, not a 16-byte GUID` });
    return null;
  }
  if (v.type !== REG_BINARY) {
    issues.push({ id: W2D1113, message: `${W2D1113}: ${where} is ${regTypeName(v.type)}, not REG_BINARY; its 16 bytes were read as a GUID` });
  }
  return host.readGuid(v.data, 0);
}

/** A value as display text: strings as they are, DWORDs in decimal, multi-strings joined by ', ', anything else as hex. */
export function valueDisplayText(v: RegistryValue): string {
  const ignored: ValueIssue[] = [];
  if (v.type === REG_SZ || v.type === REG_EXPAND_SZ) {
    return utf16Text(v.data);
  }
  if (v.type === REG_DWORD && v.data.length === 4) {
    return String(host.readU32LE(v.data, 0));
  }
  if (v.type === REG_MULTI_SZ) {
    const list = decodeMultiString(v, '', ignored);
    return list === null ? '' : list.join(', ');
  }
  return host.bytesToHex(v.data);
}

/** REG_SZ (or REG_EXPAND_SZ when `expand`) data: UTF-16LE with the terminating NUL. */
export function encodeStringValue(name: string, text: string, expand: boolean): RegistryValue {
  const data = host.bytesAlloc(text.length * 2 + 2);
  host.writeUtf16Z(data, 0, data.length, text);
  return { name, type: expand ? REG_EXPAND_SZ : REG_SZ, data };
}

/** REG_DWORD data (values -2147483648..4294967295; negatives as two's complement). */
export function encodeDwordValue(name: string, value: number): RegistryValue {
  const data = host.bytesAlloc(4);
  host.writeU32LE(data, 0, value);
  return { name, type: REG_DWORD, data };
}

/** REG_MULTI_SZ data: each string with its NUL, then one more NUL. */
export function encodeMultiStringValue(name: string, list: string[]): RegistryValue {
  let units = 1;
  for (const s of list) {
    units += s.length + 1;
  }
  const data = host.bytesAlloc(units * 2);
  let offset = 0;
  for (const s of list) {
    host.writeUtf16Z(data, offset, s.length * 2 + 2, s);
    offset += s.length * 2 + 2;
  }
  return { name, type: REG_MULTI_SZ, data };
}

/** A 16-byte REG_BINARY GUID in Windows layout. */
export function encodeGuidValue(name: string, guid: string): RegistryValue {
  const data = host.bytesAlloc(16);
  host.writeGuid(data, 0, guid);
  return { name, type: REG_BINARY, data };
}

/** REG_BINARY data as given. */
export function binaryValue(name: string, data: Bytes): RegistryValue {
  return { name, type: REG_BINARY, data };
}
