/**
 * The decoded Winsock catalogs: what every source (registry snapshot, netsh text, JSON) turns into
 * and what the checks read. Field names are the documented JSON of `winsock2-doctor catalog --json`
 * and of Get-Winsock2Catalog (PascalCase there).
 */

/** Which catalog an entry belongs to. */
export type CatalogName = 'Protocol64' | 'Protocol32' | 'NameSpace64' | 'NameSpace32';

/** ChainLen 0: an LSP's layered (dummy) entry; 1: a base provider; 2..7: a protocol chain. */
export type EntryType = 'Base' | 'Layered' | 'Chain';

export interface ProtocolEntry {
  catalog: CatalogName;
  /** The 12-digit entry key (`000000000001`), or null when the source has none (netsh text). */
  key: string | null;
  catalogEntryId: number;
  entryType: EntryType;
  /** The unexpanded DLL path (ANSI LibraryPath of the PackedCatalogItem). */
  libraryPath: string;
  /** `{GUID}` in upper case. */
  providerId: string;
  /** szProtocol (the English name stored in the item). */
  protocolName: string;
  /** The `ProtocolName` registry value (Vista+, often an indirect `@%SystemRoot%\...,-60100` string), when present. */
  displayName?: string;
  addressFamily: number;
  socketType: number;
  protocol: number;
  serviceFlags1: number;
  serviceFlags2: number;
  serviceFlags3: number;
  serviceFlags4: number;
  providerFlags: number;
  chainLen: number;
  /** The first chainLen catalog IDs of the protocol chain (all 7 are in `rawChainEntries`). */
  chainEntries: number[];
  version: number;
  maxSockAddr: number;
  minSockAddr: number;
  protocolMaxOffset: number;
  networkByteOrder: number;
  securityScheme: number;
  messageSize: number;
  providerReserved: number;
  /** Length of the PackedCatalogItem in bytes (888 when well-formed); null when the source has no bytes. */
  itemSize: number | null;
  /** The raw PackedCatalogItem as lower-case hex, when the source has it. */
  rawItemHex?: string;
  /**
   * true when the source holds only part of the entry (a PackedCatalogItem shorter than 888 bytes,
   * a truncated netsh entry): fields it lacks read as 0 / ''. Absent when complete.
   */
  incomplete?: boolean;
}

export interface NameSpaceEntry {
  catalog: CatalogName;
  key: string | null;
  displayString: string;
  providerId: string;
  libraryPath: string;
  /** SupportedNameSpace (NS_DNS = 12, NS_NLA = 15, NS_NTDS = 32, ...). */
  nameSpace: number;
  enabled: boolean;
  version: number;
  addressFamily?: number;
  storesServiceClassInfo?: boolean;
  /** ProviderInfo blob as lower-case hex (Vista+), when present. */
  providerInfoHex?: string;
  /**
   * Values ws2_32 requires that the entry key lacks (LibraryPath, DisplayString, ProviderId,
   * SupportedNameSpace, Enabled, Version); their fields read as '' / 0 / false.
   * Absent when none is missing.
   */
  missingValues?: string[];
}

/** The counters and key facts of one catalog, as stored. */
export interface CatalogHeader {
  catalog: CatalogName;
  /** Num_Catalog_Entries[64], or null when missing or unknown (netsh text). */
  numCatalogEntries: number | null;
  /** Next_Catalog_Entry_ID (protocol catalogs only), or null. */
  nextCatalogEntryId: number | null;
  serialAccessNum: number | null;
  /** Entry key names in source order (to check 12-digit contiguity). */
  entryKeys: string[];
  /** The Catalog_Entries[64] key path as the source spells it, when the source has keys. */
  entriesKeyPath?: string;
  /**
   * Subkeys of the catalog key (Protocol_Catalog9, NameSpace_Catalog5) other than Catalog_Entries and
   * Catalog_Entries64, e.g. a stale `%08X` writer-lock key; absent when none (or no key names).
   */
  otherSubkeys?: string[];
}

/** Everything decoded from one source. */
export interface Catalogs {
  /** What it was read from: a path, 'live registry', or a description. */
  source: string;
  /** 'registry' | 'reg-file' | 'netsh' | 'json' */
  sourceKind: string;
  protocolEntries: ProtocolEntry[];
  nameSpaceEntries: NameSpaceEntry[];
  headers: CatalogHeader[];
  /** Values of WinSock2\Parameters (Current_Protocol_Catalog, AutodialDLL, ...), as strings for display. */
  parameters: { name: string; type: number; text: string }[];
  /** The legacy Winsock\Parameters Transports list, or null when the source has none. */
  legacyTransports: string[] | null;
  /** What the source could not contain (netsh text has no raw bytes, key names or counters). */
  limitations: string[];
  /** Problems met while decoding that did not stop it (a truncated last netsh entry, a short item). */
  decodeIssues: { id: string; message: string; catalog: CatalogName | null; key: string | null }[];
}
