/**
 * RegistrySnapshot -> Catalogs: the protocol catalogs (Catalog_Entries = Protocol32,
 * Catalog_Entries64 = Protocol64 under Protocol_Catalog9, or the key Current_Protocol_Catalog
 * names), the name-space catalogs (NameSpace_Catalog5, NameSpace32/64), the counters, the values of
 * WinSock2\Parameters and the legacy Winsock\Parameters Transports list.
 *
 * Facts: reference/winsock-catalog.md sections 1.1-1.5 and 2. Entry order and key names are kept
 * as the source has them (ws2_32 reads keys 1..N, but checks must see what is really there), raw
 * item bytes are kept as hex. Nothing here throws for bad data: every problem becomes a
 * decodeIssue (W2D11xx) and the rest of the catalog is still decoded.
 */
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../model/registry.js';
import { REG_BINARY } from '../model/registry.js';
import type { CatalogHeader, CatalogName, Catalogs, NameSpaceEntry, ProtocolEntry } from '../model/catalog.js';
import { host } from '../../host/host.js';
import { decodePackedCatalogItem, entryTypeOf, MAX_PROTOCOL_CHAIN } from '../formats/packed-catalog-item.js';
import type { DecodedPackedCatalogItem } from '../formats/packed-catalog-item.js';
import {
  decodeDword,
  decodeGuidValue,
  decodeMultiString,
  decodeString,
  regTypeName,
  valueDisplayText,
} from '../formats/packed/registry-values.js';
import type { ValueIssue } from '../formats/packed/registry-values.js';
import { W2D1103, W2D1104, W2D1112, W2D1120, W2D1121, W2D1122, W2D1123 } from '../formats/packed/errors.js';
import { splitControlSet } from './key-path.js';

type DecodeIssue = { id: string; message: string; catalog: CatalogName | null; key: string | null };

/** One key of the snapshot below the chosen control set, its values merged when it appears twice. */
interface IndexedKey {
  /** The path as the source spells it (first occurrence). */
  path: string;
  /** The last segment, as the source spells it. */
  name: string;
  values: RegistryValue[];
  /** Lower-case value name -> index in values. */
  byName: Map<string, number>;
}

interface KeyIndex {
  /** Lower-case path below the control set (`services\winsock2\parameters`) -> key. */
  byRest: Map<string, IndexedKey>;
  /** Lower-case parent path -> child key names in source order (each once, source spelling). */
  children: Map<string, string[]>;
  /**
   * Decoded items by their hex: a provider installed in both catalogs of an x64 machine has the same
   * blob in both [S10], so the second catalog costs no decoding (PowerShell pays per primitive call).
   */
  decoded: Map<string, DecodedPackedCatalogItem>;
}

/** The default catalog key names when Current_*_Catalog is absent ([S2] WsTcOpen; [S11]; [S23]). */
export const DEFAULT_PROTOCOL_CATALOG = 'Protocol_Catalog9';
export const DEFAULT_NAMESPACE_CATALOG = 'NameSpace_Catalog5';
const WINSOCK2_PARAMETERS = 'services\\winsock2\\parameters';
/** A key-path prefix that names no control set of the SYSTEM hive (not a valid control-set name). */
const NOT_SYSTEM = '\\';
const LEGACY_PARAMETERS = 'services\\winsock\\parameters';

/**
 * The values a name-space entry needs. ReactOS also requires AddressFamily [S3], but the Vista+
 * value list seen in a public tool (reference section 1.3, ProviderInfo row) has no AddressFamily,
 * so it is read when present and not reported when absent.
 */
export const REQUIRED_NAMESPACE_VALUES: string[] = ['LibraryPath', 'DisplayString', 'ProviderId', 'SupportedNameSpace', 'Enabled', 'Version'];
const REQUIRED_NAMESPACE_VALUES_LOWER: string[] = ['librarypath', 'displaystring', 'providerid', 'supportednamespace', 'enabled', 'version'];

/**
 * Decodes every catalog of the snapshot. `source` names what it was read from (a path,
 * 'live registry'); `sourceKind` is 'registry' (default) or 'reg-file' / 'json' for callers that
 * read those.
 */
export function buildCatalogs(snapshot: RegistrySnapshot, source: string, sourceKind: string = 'registry'): Catalogs {
  const issues: DecodeIssue[] = [];
  const result: Catalogs = {
    source,
    sourceKind,
    protocolEntries: [],
    nameSpaceEntries: [],
    headers: [],
    parameters: [],
    legacyTransports: null,
    limitations: [],
    decodeIssues: issues,
  };
  const index = indexSnapshot(snapshot, issues);

  const legacy = index.byRest.get(LEGACY_PARAMETERS);
  if (legacy !== undefined) {
    const transports = valueOf(legacy, 'transports');
    if (transports !== undefined) {
      const valueIssues: ValueIssue[] = [];
      result.legacyTransports = decodeMultiString(transports, `${legacy.path}\\Transports`, valueIssues);
      addIssues(issues, valueIssues, null, null);
    }
  }

  const params = index.byRest.get(WINSOCK2_PARAMETERS);
  if (params === undefined && !index.children.has(WINSOCK2_PARAMETERS)) {
    issues.push({
      id: W2D1120,
      message: `${W2D1120}: the source has no Services\\WinSock2\\Parameters key (under any control set); no catalog to decode`,
      catalog: null,
      key: null,
    });
    return result;
  }
  if (params !== undefined) {
    for (const v of params.values) {
      result.parameters.push({ name: v.name, type: v.type, text: valueDisplayText(v) });
    }
  }

  const protocolKey = catalogKeyName(params, 'Current_Protocol_Catalog', DEFAULT_PROTOCOL_CATALOG, index, issues);
  const protocolRest = `${WINSOCK2_PARAMETERS}\\${protocolKey.toLowerCase()}`;
  if (keyExists(index, protocolRest)) {
    const pc = index.byRest.get(protocolRest);
    const next = dwordOf(pc, 'Next_Catalog_Entry_ID', null, issues);
    const serial = dwordOf(pc, 'Serial_Access_Num', null, issues);
    const others = otherSubkeys(index, protocolRest);
    // 32-bit Windows has only Catalog_Entries; 64-bit Windows adds Catalog_Entries64 ([S2][S10][S30]).
    const rest32 = `${protocolRest}\\catalog_entries`;
    const header32 = catalogHeader('Protocol32', index, rest32, dwordOf(pc, 'Num_Catalog_Entries', 'Protocol32', issues), next, serial, others);
    const rest64 = `${protocolRest}\\catalog_entries64`;
    if (keyExists(index, rest64) || (pc !== undefined && valueOf(pc, 'num_catalog_entries64') !== undefined)) {
      const header64 = catalogHeader('Protocol64', index, rest64, dwordOf(pc, 'Num_Catalog_Entries64', 'Protocol64', issues), next, serial, others);
      result.headers.push(header64);
      addProtocolEntries(result, index, rest64, 'Protocol64', header64, issues);
    }
    result.headers.push(header32);
    addProtocolEntries(result, index, rest32, 'Protocol32', header32, issues);
  }

  const nameSpaceKey = catalogKeyName(params, 'Current_NameSpace_Catalog', DEFAULT_NAMESPACE_CATALOG, index, issues);
  const nameSpaceRest = `${WINSOCK2_PARAMETERS}\\${nameSpaceKey.toLowerCase()}`;
  if (keyExists(index, nameSpaceRest)) {
    const ns = index.byRest.get(nameSpaceRest);
    const serial = dwordOf(ns, 'Serial_Access_Num', null, issues);
    const others = otherSubkeys(index, nameSpaceRest);
    const rest32 = `${nameSpaceRest}\\catalog_entries`;
    const header32 = catalogHeader('NameSpace32', index, rest32, dwordOf(ns, 'Num_Catalog_Entries', 'NameSpace32', issues), null, serial, others);
    const rest64 = `${nameSpaceRest}\\catalog_entries64`;
    if (keyExists(index, rest64) || (ns !== undefined && valueOf(ns, 'num_catalog_entries64') !== undefined)) {
      const header64 = catalogHeader('NameSpace64', index, rest64, dwordOf(ns, 'Num_Catalog_Entries64', 'NameSpace64', issues), null, serial, others);
      result.headers.push(header64);
      addNameSpaceEntries(result, index, rest64, 'NameSpace64', header64, issues);
    }
    result.headers.push(header32);
    addNameSpaceEntries(result, index, rest32, 'NameSpace32', header32, issues);
  }
  return result;
}

/** true for paths at or below Services\WinSock2 or Services\Winsock (lower-case input). */
function isWinsockRest(lower: string): boolean {
  return (
    lower === 'services\\winsock2' ||
    lower.startsWith('services\\winsock2\\') ||
    lower === 'services\\winsock' ||
    lower.startsWith('services\\winsock\\')
  );
}

/**
 * Indexes the Winsock keys of one control set: CurrentControlSet when the source has it, else the
 * first one met (reported when there are several).
 */
function indexSnapshot(snapshot: RegistrySnapshot, issues: DecodeIssue[]): KeyIndex {
  const sets: string[] = [];
  const setNames: string[] = [];
  const relevant: { key: RegistryKey; set: string; segments: string[]; lower: string }[] = [];
  // Keys share a few prefixes (`HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet`): the control set of
  // each prefix is worked out once (PowerShell pays for every call splitControlSet makes).
  const prefixSets = new Map<string, string>();
  for (const k of snapshot.keys) {
    const lowerPath = k.path.toLowerCase();
    const at = lowerPath.indexOf('\\services\\');
    let controlSet = '';
    let lower = '';
    let segments: string[] = [];
    // Fast path only where lower-casing kept every index (ASCII paths) and there are no empty segments.
    if (at >= 0 && lowerPath.length === k.path.length && !lowerPath.includes('\\\\') && !lowerPath.endsWith('\\') && k.path.trim() === k.path) {
      const prefix = k.path.slice(0, at);
      let known = prefixSets.get(prefix);
      if (known === undefined) {
        const split = splitControlSet(`${prefix}\\Services`);
        // NOT_SYSTEM: the prefix is not a control set of the SYSTEM hive (e.g. HKCU\...\Services).
        known = split.rest.toLowerCase() === 'services' ? split.controlSet : NOT_SYSTEM;
        prefixSets.set(prefix, known);
      }
      if (known === NOT_SYSTEM) {
        continue;
      }
      controlSet = known;
      lower = lowerPath.slice(at + 1);
      segments = k.path.slice(at + 1).split('\\');
    } else {
      const split = splitControlSet(k.path);
      controlSet = split.controlSet;
      lower = split.rest.toLowerCase();
      segments = split.restSegments;
    }
    if (!isWinsockRest(lower)) {
      continue;
    }
    const set = controlSet === '' ? '' : controlSet.toLowerCase();
    if (!sets.includes(set)) {
      sets.push(set);
      setNames.push(controlSet === '' ? '(no control set)' : controlSet);
    }
    relevant.push({ key: k, set, segments, lower });
  }
  let chosen = sets.length > 0 ? sets[0] : '';
  if (sets.includes('currentcontrolset')) {
    chosen = 'currentcontrolset';
  }
  if (sets.length > 1) {
    const used = setNames[sets.indexOf(chosen)];
    issues.push({
      id: W2D1123,
      message: `${W2D1123}: the source holds Winsock keys of ${sets.length} control sets (${setNames.join(', ')}); ${used} was used`,
      catalog: null,
      key: null,
    });
  }
  const byRest = new Map<string, IndexedKey>();
  const children = new Map<string, string[]>();
  const known = new Map<string, boolean>();
  for (const r of relevant) {
    if (r.set !== chosen) {
      continue;
    }
    const existing = byRest.get(r.lower);
    if (existing !== undefined) {
      issues.push({
        id: W2D1122,
        message: `${W2D1122}: the key ${r.key.path} appears more than once; its values were merged (later ones win)`,
        catalog: null,
        key: null,
      });
      mergeValues(existing, r.key.values);
      continue;
    }
    const segments = r.segments;
    // Lower-casing never adds or removes a backslash: the lower-case segments line up with the others.
    const lowerSegments = r.lower.split('\\');
    const indexed: IndexedKey = { path: r.key.path, name: segments[segments.length - 1], values: [], byName: new Map<string, number>() };
    mergeValues(indexed, r.key.values);
    byRest.set(r.lower, indexed);
    // Register the key with its parent, and parents the source does not list with theirs.
    let level = segments.length - 1;
    let restLower = r.lower;
    while (!known.has(restLower)) {
      known.set(restLower, true);
      if (level === 0) {
        break;
      }
      const parent = restLower.slice(0, restLower.length - lowerSegments[level].length - 1);
      const list = children.get(parent);
      if (list === undefined) {
        children.set(parent, [segments[level]]);
      } else {
        list.push(segments[level]);
      }
      restLower = parent;
      level--;
    }
  }
  return { byRest, children, decoded: new Map<string, DecodedPackedCatalogItem>() };
}

function mergeValues(target: IndexedKey, values: RegistryValue[]): void {
  for (const v of values) {
    const lower = v.name.toLowerCase();
    const at = target.byName.get(lower);
    if (at === undefined) {
      target.byName.set(lower, target.values.length);
      target.values.push(v);
    } else {
      target.values[at] = v;
    }
  }
}

function keyExists(index: KeyIndex, rest: string): boolean {
  return index.byRest.has(rest) || index.children.has(rest);
}

/** The value named `lowerName` (give it in lower case: PowerShell pays for each toLowerCase call). */
function valueOf(key: IndexedKey, lowerName: string): RegistryValue | undefined {
  const at = key.byName.get(lowerName);
  if (at === undefined) {
    return undefined;
  }
  return key.values[at];
}

function addIssues(issues: DecodeIssue[], found: ValueIssue[], catalog: CatalogName | null, key: string | null): void {
  for (const f of found) {
    issues.push({ id: f.id, message: f.message, catalog, key });
  }
}

/** A DWORD value of a key that may be absent: null when the key or value is missing or unreadable. */
function dwordOf(key: IndexedKey | undefined, name: string, catalog: CatalogName | null, issues: DecodeIssue[]): number | null {
  if (key === undefined) {
    return null;
  }
  const v = valueOf(key, name.toLowerCase());
  if (v === undefined) {
    return null;
  }
  const found: ValueIssue[] = [];
  const n = decodeDword(v, false, `${key.path}\\${name}`, found);
  addIssues(issues, found, catalog, null);
  return n;
}

/** Current_Protocol_Catalog / Current_NameSpace_Catalog, or the default name; W2D1121 when the key is absent. */
function catalogKeyName(
  params: IndexedKey | undefined,
  valueName: string,
  fallback: string,
  index: KeyIndex,
  issues: DecodeIssue[],
): string {
  if (params === undefined) {
    return fallback;
  }
  const v = valueOf(params, valueName.toLowerCase());
  if (v === undefined) {
    return fallback;
  }
  const found: ValueIssue[] = [];
  const name = decodeString(v, `${params.path}\\${valueName}`, found).trim();
  addIssues(issues, found, null, null);
  if (name === '') {
    return fallback;
  }
  if (!keyExists(index, `${WINSOCK2_PARAMETERS}\\${name.toLowerCase()}`)) {
    issues.push({
      id: W2D1121,
      message: `${W2D1121}: ${valueName} names '${name}', which the source does not have`,
      catalog: null,
      key: null,
    });
  }
  return name;
}

function otherSubkeys(index: KeyIndex, catalogRest: string): string[] {
  const list = index.children.get(catalogRest);
  if (list === undefined) {
    return [];
  }
  return list.filter((n) => {
    const lower = n.toLowerCase();
    return lower !== 'catalog_entries' && lower !== 'catalog_entries64';
  });
}

function catalogHeader(
  catalog: CatalogName,
  index: KeyIndex,
  entriesRest: string,
  count: number | null,
  next: number | null,
  serial: number | null,
  others: string[],
): CatalogHeader {
  const names = index.children.get(entriesRest);
  const header: CatalogHeader = {
    catalog,
    numCatalogEntries: count,
    nextCatalogEntryId: next,
    serialAccessNum: serial,
    entryKeys: names === undefined ? [] : names.slice(0),
  };
  const entriesKey = index.byRest.get(entriesRest);
  if (entriesKey !== undefined) {
    header.entriesKeyPath = entriesKey.path;
  }
  if (others.length > 0) {
    header.otherSubkeys = others.slice(0);
  }
  return header;
}

function addProtocolEntries(
  result: Catalogs,
  index: KeyIndex,
  entriesRest: string,
  catalog: CatalogName,
  header: CatalogHeader,
  issues: DecodeIssue[],
): void {
  for (const keyName of header.entryKeys) {
    const key = index.byRest.get(`${entriesRest}\\${keyName.toLowerCase()}`);
    const item = key === undefined ? undefined : valueOf(key, 'packedcatalogitem');
    if (key === undefined || item === undefined) {
      issues.push({
        id: W2D1103,
        message: `${W2D1103}: catalog entry ${keyName} has no PackedCatalogItem value`,
        catalog,
        key: keyName,
      });
      continue;
    }
    result.protocolEntries.push(protocolEntry(catalog, keyName, key, item, index.decoded, issues));
  }
}

function protocolEntry(
  catalog: CatalogName,
  keyName: string,
  key: IndexedKey,
  item: RegistryValue,
  cache: Map<string, DecodedPackedCatalogItem>,
  issues: DecodeIssue[],
): ProtocolEntry {
  if (item.type !== REG_BINARY) {
    issues.push({
      id: W2D1104,
      message: `${W2D1104}: PackedCatalogItem of entry ${keyName} is ${regTypeName(item.type)}, not REG_BINARY; its bytes were decoded anyway`,
      catalog,
      key: keyName,
    });
  }
  const rawHex = host.bytesToHex(item.data);
  let decoded = cache.get(rawHex);
  if (decoded === undefined) {
    decoded = decodePackedCatalogItem(item.data);
    cache.set(rawHex, decoded);
  }
  for (const i of decoded.issues) {
    issues.push({ id: i.id, message: `${i.message} (entry ${keyName})`, catalog, key: keyName });
  }
  const f = decoded.fields;
  const chainCount = Math.max(0, Math.min(MAX_PROTOCOL_CHAIN, f.chainLen));
  const entry: ProtocolEntry = {
    catalog,
    key: keyName,
    catalogEntryId: f.catalogEntryId,
    entryType: entryTypeOf(f.chainLen),
    libraryPath: f.libraryPath,
    providerId: f.providerId,
    protocolName: f.szProtocol,
    addressFamily: f.addressFamily,
    socketType: f.socketType,
    protocol: f.protocol,
    serviceFlags1: f.serviceFlags1,
    serviceFlags2: f.serviceFlags2,
    serviceFlags3: f.serviceFlags3,
    serviceFlags4: f.serviceFlags4,
    providerFlags: f.providerFlags,
    chainLen: f.chainLen,
    chainEntries: f.chainEntries.slice(0, chainCount),
    version: f.version,
    maxSockAddr: f.maxSockAddr,
    minSockAddr: f.minSockAddr,
    protocolMaxOffset: f.protocolMaxOffset,
    networkByteOrder: f.networkByteOrder,
    securityScheme: f.securityScheme,
    messageSize: f.messageSize,
    providerReserved: f.providerReserved,
    itemSize: decoded.size,
    rawItemHex: rawHex,
  };
  const name = valueOf(key, 'protocolname');
  if (name !== undefined) {
    const found: ValueIssue[] = [];
    entry.displayName = decodeString(name, `${key.path}\\ProtocolName`, found);
    addIssues(issues, found, catalog, keyName);
  }
  if (!decoded.complete) {
    entry.incomplete = true;
  }
  return entry;
}

function addNameSpaceEntries(
  result: Catalogs,
  index: KeyIndex,
  entriesRest: string,
  catalog: CatalogName,
  header: CatalogHeader,
  issues: DecodeIssue[],
): void {
  for (const keyName of header.entryKeys) {
    const key = index.byRest.get(`${entriesRest}\\${keyName.toLowerCase()}`);
    result.nameSpaceEntries.push(nameSpaceEntry(catalog, keyName, key, issues));
  }
}

function nameSpaceEntry(catalog: CatalogName, keyName: string, key: IndexedKey | undefined, issues: DecodeIssue[]): NameSpaceEntry {
  const entry: NameSpaceEntry = {
    catalog,
    key: keyName,
    displayString: '',
    providerId: '',
    libraryPath: '',
    nameSpace: 0,
    enabled: false,
    version: 0,
  };
  const missing: string[] = [];
  const found: ValueIssue[] = [];
  const where = key === undefined ? keyName : key.path;
  for (let i = 0; i < REQUIRED_NAMESPACE_VALUES.length; i++) {
    const name = REQUIRED_NAMESPACE_VALUES[i];
    const v = key === undefined ? undefined : valueOf(key, REQUIRED_NAMESPACE_VALUES_LOWER[i]);
    if (v === undefined) {
      missing.push(name);
      continue;
    }
    const at = `${where}\\${name}`;
    switch (name) {
      case 'LibraryPath':
        entry.libraryPath = decodeString(v, at, found);
        break;
      case 'DisplayString':
        entry.displayString = decodeString(v, at, found);
        break;
      case 'ProviderId': {
        const guid = decodeGuidValue(v, at, found);
        entry.providerId = guid === null ? '' : guid;
        break;
      }
      case 'SupportedNameSpace': {
        const n = decodeDword(v, false, at, found);
        entry.nameSpace = n === null ? 0 : n;
        break;
      }
      case 'Enabled': {
        const n = decodeDword(v, false, at, found);
        entry.enabled = n !== null && n !== 0;
        break;
      }
      case 'Version': {
        const n = decodeDword(v, false, at, found);
        entry.version = n === null ? 0 : n;
        break;
      }
      default:
        break;
    }
  }
  if (key !== undefined) {
    const family = valueOf(key, 'addressfamily');
    if (family !== undefined) {
      const n = decodeDword(family, true, `${where}\\AddressFamily`, found);
      if (n !== null) {
        entry.addressFamily = n;
      }
    }
    const stores = valueOf(key, 'storesserviceclassinfo');
    if (stores !== undefined) {
      const n = decodeDword(stores, false, `${where}\\StoresServiceClassInfo`, found);
      if (n !== null) {
        entry.storesServiceClassInfo = n !== 0;
      }
    }
    const info = valueOf(key, 'providerinfo');
    if (info !== undefined) {
      entry.providerInfoHex = host.bytesToHex(info.data);
    }
  }
  addIssues(issues, found, catalog, keyName);
  if (missing.length > 0) {
    entry.missingValues = missing;
    issues.push({
      id: W2D1112,
      message: `${W2D1112}: name-space entry ${keyName} lacks ${missing.join(', ')}`,
      catalog,
      key: keyName,
    });
  }
  return entry;
}
