/**
 * The W2D1100..W2D1199 table: problems met while decoding a PackedCatalogItem, the name-space
 * values, the counters and the legacy Winsock key, and building Catalogs from a RegistrySnapshot.
 *
 * Decode problems are REPORTED (Catalogs.decodeIssues, or the issues of a decoded item), never
 * thrown: one bad entry must not hide the others. Only the encoder throws (`W2D113x`), because its
 * input comes from our own code (fixture builder, repair planner), never from a damaged machine.
 */

export interface PackedErrorInfo {
  id: string;
  meaning: string;
}

/** PackedCatalogItem shorter than 888 bytes (the message gives the size and the first incomplete field). */
export const W2D1101 = 'W2D1101';
/** PackedCatalogItem longer than 888 bytes: decoded, the extra bytes are kept. */
export const W2D1102 = 'W2D1102';
/** An entry key has no PackedCatalogItem value. */
export const W2D1103 = 'W2D1103';
/** PackedCatalogItem is not REG_BINARY: its bytes are decoded anyway. */
export const W2D1104 = 'W2D1104';
/** LibraryPath has no NUL within its 260 bytes. */
export const W2D1105 = 'W2D1105';
/** szProtocol has no NUL within its 512 bytes. */
export const W2D1106 = 'W2D1106';
/** ProtocolChain.ChainLen outside 0..7. */
export const W2D1107 = 'W2D1107';
/** A DWORD value (counter, name-space number) has another type or size. */
export const W2D1110 = 'W2D1110';
/** A string value (ProtocolName, LibraryPath, DisplayString, Current_*_Catalog) is not REG_SZ/REG_EXPAND_SZ. */
export const W2D1111 = 'W2D1111';
/** A name-space entry lacks a value ws2_32 requires. */
export const W2D1112 = 'W2D1112';
/** A name-space ProviderId is not a 16-byte REG_BINARY GUID. */
export const W2D1113 = 'W2D1113';
/** The legacy Winsock\Parameters Transports value is not REG_MULTI_SZ (or REG_SZ). */
export const W2D1115 = 'W2D1115';
/** The source has no Services\WinSock2\Parameters key at all (nothing to decode). */
export const W2D1120 = 'W2D1120';
/** Current_Protocol_Catalog / Current_NameSpace_Catalog names a key the source does not have. */
export const W2D1121 = 'W2D1121';
/** The same key appears more than once in the source; its values were merged (later wins). */
export const W2D1122 = 'W2D1122';
/** Keys of several control sets; only one was used. */
export const W2D1123 = 'W2D1123';
/** encode: libraryPath does not fit its 260-byte ANSI field (with the NUL). */
export const W2D1130 = 'W2D1130';
/** encode: szProtocol does not fit its 256-character UTF-16 field (with the NUL). */
export const W2D1131 = 'W2D1131';
/** encode: more than 7 chain entries. */
export const W2D1132 = 'W2D1132';
/** encode: a numeric field is not an integer in -2147483648..4294967295. */
export const W2D1133 = 'W2D1133';
/** encode: a raw field (libraryPathFieldHex, szProtocolFieldHex) has the wrong length. */
export const W2D1134 = 'W2D1134';

/** The table itself (id, meaning): what the README and the finding documentation list. */
export const PACKED_ERRORS: PackedErrorInfo[] = [
  { id: W2D1101, meaning: 'PackedCatalogItem shorter than 888 bytes; fields past the end read as 0 / empty, the entry is marked incomplete' },
  { id: W2D1102, meaning: 'PackedCatalogItem longer than 888 bytes; decoded, the extra bytes kept (unknown/newer format)' },
  { id: W2D1103, meaning: 'catalog entry key without a PackedCatalogItem value; no protocol entry produced' },
  { id: W2D1104, meaning: 'PackedCatalogItem value is not REG_BINARY; its bytes are decoded anyway' },
  { id: W2D1105, meaning: 'LibraryPath is not NUL-terminated within its 260 bytes' },
  { id: W2D1106, meaning: 'szProtocol is not NUL-terminated within its 512 bytes' },
  { id: W2D1107, meaning: 'ProtocolChain.ChainLen is outside 0..7' },
  { id: W2D1110, meaning: 'a DWORD value (catalog counter, name-space number) has the wrong type or size' },
  { id: W2D1111, meaning: 'a string value is not REG_SZ or REG_EXPAND_SZ' },
  { id: W2D1112, meaning: 'a name-space entry lacks a value ws2_32 requires' },
  { id: W2D1113, meaning: 'a name-space ProviderId is not a 16-byte GUID' },
  { id: W2D1115, meaning: 'the legacy Winsock\\Parameters Transports value is not REG_MULTI_SZ' },
  { id: W2D1120, meaning: 'the source has no Services\\WinSock2\\Parameters key' },
  { id: W2D1121, meaning: 'Current_Protocol_Catalog or Current_NameSpace_Catalog names a key the source does not have' },
  { id: W2D1122, meaning: 'a key appears more than once in the source; values merged, later wins' },
  { id: W2D1123, meaning: 'the source holds several control sets; one was used' },
  { id: W2D1130, meaning: 'encode: libraryPath longer than 259 characters' },
  { id: W2D1131, meaning: 'encode: szProtocol longer than 255 characters' },
  { id: W2D1132, meaning: 'encode: more than 7 chain entries' },
  { id: W2D1133, meaning: 'encode: numeric field not an integer in -2147483648..4294967295' },
  { id: W2D1134, meaning: 'encode: raw field hex of the wrong length' },
];
