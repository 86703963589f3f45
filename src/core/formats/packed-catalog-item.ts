/**
 * PackedCatalogItem codec: the REG_BINARY value of one protocol catalog entry
 * (`Protocol_Catalog9\Catalog_Entries[64]\NNNNNNNNNNNN\PackedCatalogItem`).
 *
 * Layout (reference/winsock-catalog.md section 2, [S1][S8][S9][S10]): 888 bytes =
 * `char LibraryPath[260]` (ANSI, NUL-terminated, zero-padded) + WSAPROTOCOL_INFOW (628 bytes, no
 * pointers, identical in the 32- and 64-bit catalogs).
 *
 * Round trip: encode(decode(x)) is byte-identical for every input. Well-formed items need nothing
 * but the fields; bytes after the NUL of a string field that are not zero, a string field without
 * NUL, bytes past 888 and whole short items are carried in the optional `*Hex` fields.
 */
import type { Bytes } from '../../host/primitives.js';
import type { EntryType } from '../model/catalog.js';
import { host } from '../../host/host.js';
import {
  W2D1101,
  W2D1102,
  W2D1105,
  W2D1106,
  W2D1107,
  W2D1130,
  W2D1131,
  W2D1132,
  W2D1133,
  W2D1134,
} from './packed/errors.js';

/** The size of a well-formed item. */
export const PACKED_ITEM_SIZE = 888;
/** Absolute offsets (section 2 of the reference: WSAPROTOCOL_INFOW starts at 0x104). */
export const OFF_LIBRARY_PATH = 0x000;
export const LIBRARY_PATH_BYTES = 260;
export const OFF_SERVICE_FLAGS1 = 0x104;
export const OFF_SERVICE_FLAGS2 = 0x108;
export const OFF_SERVICE_FLAGS3 = 0x10c;
export const OFF_SERVICE_FLAGS4 = 0x110;
export const OFF_PROVIDER_FLAGS = 0x114;
export const OFF_PROVIDER_ID = 0x118;
export const OFF_CATALOG_ENTRY_ID = 0x128;
export const OFF_CHAIN_LEN = 0x12c;
export const OFF_CHAIN_ENTRIES = 0x130;
export const MAX_PROTOCOL_CHAIN = 7;
export const OFF_VERSION = 0x14c;
export const OFF_ADDRESS_FAMILY = 0x150;
export const OFF_MAX_SOCKADDR = 0x154;
export const OFF_MIN_SOCKADDR = 0x158;
export const OFF_SOCKET_TYPE = 0x15c;
export const OFF_PROTOCOL = 0x160;
export const OFF_PROTOCOL_MAX_OFFSET = 0x164;
export const OFF_NETWORK_BYTE_ORDER = 0x168;
export const OFF_SECURITY_SCHEME = 0x16c;
export const OFF_MESSAGE_SIZE = 0x170;
export const OFF_PROVIDER_RESERVED = 0x174;
export const OFF_SZ_PROTOCOL = 0x178;
/** WSAPROTOCOL_LEN + 1 = 256 UTF-16 code units. */
export const SZ_PROTOCOL_BYTES = 512;

/** Every field of the item. Numbers: DWORDs unsigned (0..4294967295), ints signed. */
export interface PackedCatalogItemFields {
  /** ANSI (Windows-1252) LibraryPath, unexpanded. */
  libraryPath: string;
  serviceFlags1: number;
  serviceFlags2: number;
  serviceFlags3: number;
  serviceFlags4: number;
  providerFlags: number;
  /** `{GUID}` upper case. */
  providerId: string;
  catalogEntryId: number;
  /** int: 0 layered, 1 base, 2..7 chain. */
  chainLen: number;
  /** All 7 ChainEntries (encode accepts fewer and pads with 0). */
  chainEntries: number[];
  version: number;
  addressFamily: number;
  maxSockAddr: number;
  minSockAddr: number;
  socketType: number;
  /** int; NetBIOS rows store -lana (lana 0: -2147483648). */
  protocol: number;
  protocolMaxOffset: number;
  networkByteOrder: number;
  securityScheme: number;
  messageSize: number;
  providerReserved: number;
  /** szProtocol (UTF-16, English name). */
  szProtocol: string;
  /** The whole 260-byte LibraryPath field as hex, only when it is not the plain encoding of libraryPath. */
  libraryPathFieldHex?: string;
  /** The whole 512-byte szProtocol field as hex, only when it is not the plain encoding of szProtocol. */
  szProtocolFieldHex?: string;
  /** Bytes after the 888th, as hex (only for longer items). */
  extraHex?: string;
  /** The whole item as hex when it is shorter than 888 bytes (encode returns exactly these bytes). */
  shortItemHex?: string;
}

export interface PackedItemIssue {
  id: string;
  message: string;
}

export interface DecodedPackedCatalogItem {
  fields: PackedCatalogItemFields;
  /** Length of the input in bytes. */
  size: number;
  /** false when the item is shorter than 888 bytes (fields past the end read as 0 / ''). */
  complete: boolean;
  issues: PackedItemIssue[];
}

/** Field names in layout order with the offset just past them (to name the first incomplete field). */
const FIELD_ENDS: { name: string; end: number }[] = [
  { name: 'LibraryPath', end: 0x104 },
  { name: 'dwServiceFlags1', end: 0x108 },
  { name: 'dwServiceFlags2', end: 0x10c },
  { name: 'dwServiceFlags3', end: 0x110 },
  { name: 'dwServiceFlags4', end: 0x114 },
  { name: 'dwProviderFlags', end: 0x118 },
  { name: 'ProviderId', end: 0x128 },
  { name: 'dwCatalogEntryId', end: 0x12c },
  { name: 'ChainLen', end: 0x130 },
  { name: 'ChainEntries', end: 0x14c },
  { name: 'iVersion', end: 0x150 },
  { name: 'iAddressFamily', end: 0x154 },
  { name: 'iMaxSockAddr', end: 0x158 },
  { name: 'iMinSockAddr', end: 0x15c },
  { name: 'iSocketType', end: 0x160 },
  { name: 'iProtocol', end: 0x164 },
  { name: 'iProtocolMaxOffset', end: 0x168 },
  { name: 'iNetworkByteOrder', end: 0x16c },
  { name: 'iSecurityScheme', end: 0x170 },
  { name: 'dwMessageSize', end: 0x174 },
  { name: 'dwProviderReserved', end: 0x178 },
  { name: 'szProtocol', end: 0x378 },
];

/** The name of the first field that does not fit in `size` bytes. */
export function firstIncompleteField(size: number): string {
  for (const f of FIELD_ENDS) {
    if (f.end > size) {
      return f.name;
    }
  }
  return '';
}

/** 'Layered' (ChainLen 0), 'Base' (1), 'Chain' (anything else, also out-of-range values). */
export function entryTypeOf(chainLen: number): EntryType {
  if (chainLen === 0) {
    return 'Layered';
  }
  if (chainLen === 1) {
    return 'Base';
  }
  return 'Chain';
}

/**
 * Decodes every field. Never throws: a short item is decoded as if padded with zeros and reported
 * (W2D1101), a longer one keeps its extra bytes (W2D1102), unterminated strings are reported
 * (W2D1105, W2D1106), a ChainLen outside 0..7 is reported (W2D1107).
 */
export function decodePackedCatalogItem(bytes: Bytes): DecodedPackedCatalogItem {
  const size = bytes.length;
  const issues: PackedItemIssue[] = [];
  const complete = size >= PACKED_ITEM_SIZE;
  let b = bytes;
  if (!complete) {
    b = host.bytesConcat([bytes, host.bytesAlloc(PACKED_ITEM_SIZE - size)]);
    issues.push({
      id: W2D1101,
      message: `${W2D1101}: PackedCatalogItem is ${size} bytes, expected ${PACKED_ITEM_SIZE}; ${firstIncompleteField(size)} and the fields after it are missing`,
    });
  }
  const chainEntries: number[] = [];
  for (let i = 0; i < MAX_PROTOCOL_CHAIN; i++) {
    chainEntries.push(host.readU32LE(b, OFF_CHAIN_ENTRIES + i * 4));
  }
  const fields: PackedCatalogItemFields = {
    libraryPath: host.readAnsiZ(b, OFF_LIBRARY_PATH, LIBRARY_PATH_BYTES),
    serviceFlags1: host.readU32LE(b, OFF_SERVICE_FLAGS1),
    serviceFlags2: host.readU32LE(b, OFF_SERVICE_FLAGS2),
    serviceFlags3: host.readU32LE(b, OFF_SERVICE_FLAGS3),
    serviceFlags4: host.readU32LE(b, OFF_SERVICE_FLAGS4),
    providerFlags: host.readU32LE(b, OFF_PROVIDER_FLAGS),
    providerId: host.readGuid(b, OFF_PROVIDER_ID),
    catalogEntryId: host.readU32LE(b, OFF_CATALOG_ENTRY_ID),
    chainLen: host.readI32LE(b, OFF_CHAIN_LEN),
    chainEntries,
    version: host.readI32LE(b, OFF_VERSION),
    addressFamily: host.readI32LE(b, OFF_ADDRESS_FAMILY),
    maxSockAddr: host.readI32LE(b, OFF_MAX_SOCKADDR),
    minSockAddr: host.readI32LE(b, OFF_MIN_SOCKADDR),
    socketType: host.readI32LE(b, OFF_SOCKET_TYPE),
    protocol: host.readI32LE(b, OFF_PROTOCOL),
    protocolMaxOffset: host.readI32LE(b, OFF_PROTOCOL_MAX_OFFSET),
    networkByteOrder: host.readI32LE(b, OFF_NETWORK_BYTE_ORDER),
    securityScheme: host.readI32LE(b, OFF_SECURITY_SCHEME),
    messageSize: host.readU32LE(b, OFF_MESSAGE_SIZE),
    providerReserved: host.readU32LE(b, OFF_PROVIDER_RESERVED),
    szProtocol: host.readUtf16Z(b, OFF_SZ_PROTOCOL, SZ_PROTOCOL_BYTES),
  };
  // Windows-1252 decodes one byte to one character, so the NUL is at libraryPath.length.
  const pathLen = fields.libraryPath.length;
  if (pathLen >= LIBRARY_PATH_BYTES) {
    issues.push({ id: W2D1105, message: `${W2D1105}: LibraryPath has no terminating NUL within its ${LIBRARY_PATH_BYTES} bytes` });
    fields.libraryPathFieldHex = host.bytesToHex(host.bytesSlice(b, OFF_LIBRARY_PATH, OFF_LIBRARY_PATH + LIBRARY_PATH_BYTES));
  } else if (complete && !zeroFrom(b, OFF_LIBRARY_PATH + pathLen + 1, OFF_LIBRARY_PATH + LIBRARY_PATH_BYTES)) {
    fields.libraryPathFieldHex = host.bytesToHex(host.bytesSlice(b, OFF_LIBRARY_PATH, OFF_LIBRARY_PATH + LIBRARY_PATH_BYTES));
  }
  // UTF-16 code units are kept as they are (lone surrogates too): the NUL is at 2 * length.
  const nameUnits = fields.szProtocol.length;
  if (nameUnits * 2 >= SZ_PROTOCOL_BYTES) {
    issues.push({ id: W2D1106, message: `${W2D1106}: szProtocol has no terminating NUL within its ${SZ_PROTOCOL_BYTES} bytes` });
    fields.szProtocolFieldHex = host.bytesToHex(host.bytesSlice(b, OFF_SZ_PROTOCOL, OFF_SZ_PROTOCOL + SZ_PROTOCOL_BYTES));
  } else if (complete && !zeroFrom(b, OFF_SZ_PROTOCOL + nameUnits * 2 + 2, OFF_SZ_PROTOCOL + SZ_PROTOCOL_BYTES)) {
    fields.szProtocolFieldHex = host.bytesToHex(host.bytesSlice(b, OFF_SZ_PROTOCOL, OFF_SZ_PROTOCOL + SZ_PROTOCOL_BYTES));
  }
  if (fields.chainLen < 0 || fields.chainLen > MAX_PROTOCOL_CHAIN) {
    issues.push({ id: W2D1107, message: `${W2D1107}: ChainLen is ${fields.chainLen}, outside 0..${MAX_PROTOCOL_CHAIN}` });
  }
  if (size > PACKED_ITEM_SIZE) {
    fields.extraHex = host.bytesToHex(host.bytesSlice(bytes, PACKED_ITEM_SIZE, size));
    issues.push({
      id: W2D1102,
      message: `${W2D1102}: PackedCatalogItem is ${size} bytes, ${size - PACKED_ITEM_SIZE} more than ${PACKED_ITEM_SIZE}; the extra bytes are kept`,
    });
  }
  if (!complete) {
    // The padded decode cannot reproduce partial fields: keep the item itself for encode.
    fields.shortItemHex = host.bytesToHex(bytes);
  }
  return { fields, size, complete, issues };
}

/** true when bytes [start, end) are all zero (an empty range is). */
function zeroFrom(b: Bytes, start: number, end: number): boolean {
  if (start >= end) {
    return true;
  }
  return host.bytesEqual(host.bytesSlice(b, start, end), host.bytesAlloc(end - start));
}

/**
 * Builds the item from its fields: 888 bytes (+ extraHex), or exactly shortItemHex for a short
 * item. Throws W2D1130..W2D1134 on fields that cannot be stored.
 */
export function encodePackedCatalogItem(fields: PackedCatalogItemFields): Bytes {
  if (fields.shortItemHex !== undefined) {
    return host.hexToBytes(fields.shortItemHex);
  }
  let pathField: Bytes;
  if (fields.libraryPathFieldHex !== undefined) {
    pathField = fieldFromHex('libraryPathFieldHex', fields.libraryPathFieldHex, LIBRARY_PATH_BYTES);
  } else {
    if (fields.libraryPath.length >= LIBRARY_PATH_BYTES) {
      throw new Error(`${W2D1130}: libraryPath has ${fields.libraryPath.length} characters; at most ${LIBRARY_PATH_BYTES - 1} fit`);
    }
    pathField = host.bytesAlloc(LIBRARY_PATH_BYTES);
    host.writeAnsiZ(pathField, 0, LIBRARY_PATH_BYTES, fields.libraryPath);
  }
  if (fields.chainEntries.length > MAX_PROTOCOL_CHAIN) {
    throw new Error(`${W2D1132}: ${fields.chainEntries.length} chain entries; at most ${MAX_PROTOCOL_CHAIN}`);
  }
  const infoBytes = OFF_SZ_PROTOCOL - OFF_SERVICE_FLAGS1;
  const info = host.bytesAlloc(infoBytes);
  const base = OFF_SERVICE_FLAGS1;
  host.writeU32LE(info, OFF_SERVICE_FLAGS1 - base, checked('serviceFlags1', fields.serviceFlags1));
  host.writeU32LE(info, OFF_SERVICE_FLAGS2 - base, checked('serviceFlags2', fields.serviceFlags2));
  host.writeU32LE(info, OFF_SERVICE_FLAGS3 - base, checked('serviceFlags3', fields.serviceFlags3));
  host.writeU32LE(info, OFF_SERVICE_FLAGS4 - base, checked('serviceFlags4', fields.serviceFlags4));
  host.writeU32LE(info, OFF_PROVIDER_FLAGS - base, checked('providerFlags', fields.providerFlags));
  host.writeGuid(info, OFF_PROVIDER_ID - base, fields.providerId);
  host.writeU32LE(info, OFF_CATALOG_ENTRY_ID - base, checked('catalogEntryId', fields.catalogEntryId));
  host.writeU32LE(info, OFF_CHAIN_LEN - base, checked('chainLen', fields.chainLen));
  for (let i = 0; i < fields.chainEntries.length; i++) {
    host.writeU32LE(info, OFF_CHAIN_ENTRIES - base + i * 4, checked('chainEntries', fields.chainEntries[i]));
  }
  host.writeU32LE(info, OFF_VERSION - base, checked('version', fields.version));
  host.writeU32LE(info, OFF_ADDRESS_FAMILY - base, checked('addressFamily', fields.addressFamily));
  host.writeU32LE(info, OFF_MAX_SOCKADDR - base, checked('maxSockAddr', fields.maxSockAddr));
  host.writeU32LE(info, OFF_MIN_SOCKADDR - base, checked('minSockAddr', fields.minSockAddr));
  host.writeU32LE(info, OFF_SOCKET_TYPE - base, checked('socketType', fields.socketType));
  host.writeU32LE(info, OFF_PROTOCOL - base, checked('protocol', fields.protocol));
  host.writeU32LE(info, OFF_PROTOCOL_MAX_OFFSET - base, checked('protocolMaxOffset', fields.protocolMaxOffset));
  host.writeU32LE(info, OFF_NETWORK_BYTE_ORDER - base, checked('networkByteOrder', fields.networkByteOrder));
  host.writeU32LE(info, OFF_SECURITY_SCHEME - base, checked('securityScheme', fields.securityScheme));
  host.writeU32LE(info, OFF_MESSAGE_SIZE - base, checked('messageSize', fields.messageSize));
  host.writeU32LE(info, OFF_PROVIDER_RESERVED - base, checked('providerReserved', fields.providerReserved));
  let nameField: Bytes;
  if (fields.szProtocolFieldHex !== undefined) {
    nameField = fieldFromHex('szProtocolFieldHex', fields.szProtocolFieldHex, SZ_PROTOCOL_BYTES);
  } else {
    if (fields.szProtocol.length * 2 >= SZ_PROTOCOL_BYTES) {
      throw new Error(`${W2D1131}: szProtocol has ${fields.szProtocol.length} UTF-16 units; at most ${SZ_PROTOCOL_BYTES / 2 - 1} fit`);
    }
    nameField = host.bytesAlloc(SZ_PROTOCOL_BYTES);
    host.writeUtf16Z(nameField, 0, SZ_PROTOCOL_BYTES, fields.szProtocol);
  }
  const parts: Bytes[] = [pathField, info, nameField];
  if (fields.extraHex !== undefined) {
    parts.push(host.hexToBytes(fields.extraHex));
  }
  return host.bytesConcat(parts);
}

function fieldFromHex(name: string, hex: string, bytes: number): Bytes {
  if (hex.length !== bytes * 2) {
    throw new Error(`${W2D1134}: ${name} has ${hex.length} hex digits; expected ${bytes * 2}`);
  }
  return host.hexToBytes(hex);
}

function checked(name: string, value: number): number {
  if (!Number.isInteger(value) || value < -2147483648 || value > 4294967295) {
    throw new Error(`${W2D1133}: ${name} is ${value}; expected an integer in -2147483648..4294967295`);
  }
  return value;
}
