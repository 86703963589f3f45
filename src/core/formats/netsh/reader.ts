/**
 * Reader for the text of `netsh winsock show catalog` (any UI language) into Catalogs.
 *
 * Fields are read by POSITION and SHAPE, never by their (localized) labels:
 * - an entry block is the run of `label: value` lines after a dashed line (the line before the
 *   dashed line is the block's title and is not interpreted);
 * - a protocol entry has 13 fields, or 14 when a protocol chain is shown, in netsh's fixed order:
 *   entry type, description, provider ID (GUID), provider path, catalog entry ID, version, address
 *   family, max and min address length, socket type, protocol, service flags (0x hex), protocol
 *   chain length, [protocol chain `a : b`];
 * - a name-space entry has 5 fields: description, provider ID (GUID), name space, active, version.
 * The label/value separator is the first ':' or '：' of the line (netsh pads values to a display
 * column, which is not a character column in CJK languages, so the column is not used).
 * Base/Layered/Chain comes from the chain length (1 / 0 / >= 2); the 32-bit catalog from a `(32)`
 * suffix on the entry-type value (a name-space title ending in `(32)` likewise). See README.md for
 * the bitness rule when no row carries the marker.
 */
import type { Catalogs, CatalogHeader, CatalogName, NameSpaceEntry, ProtocolEntry } from '../../model/catalog.js';
import {
  netshMessage,
  W2D1200_EMPTY,
  W2D1201_NO_BLOCKS,
  W2D1202_NOTHING_DECODED,
  W2D1203_BAD_BITNESS,
  W2D1210_INCOMPLETE_LAST,
  W2D1211_UNKNOWN_SHAPE,
  W2D1212_BAD_FIELD,
  W2D1213_CHAIN_MISMATCH,
  W2D1214_CHAIN_LENGTH_RANGE,
} from './errors.js';
import { hasBitness32Marker, isGuidText, parseChain, parseDecimal, parseHexFlags, separatorIndex } from './fields.js';
import type { NetshField } from './fields.js';

/** The fields of one block, with where it is in the text. */
interface NetshBlock {
  /** The title line (trimmed), '' when the dashed line is the first line. */
  title: string;
  /** 1-based line number of the dashed line. */
  dashLine: number;
  fields: NetshField[];
  /** true when nothing but blank lines follows the block's last line (the text may end inside it). */
  atEnd: boolean;
}

/** A decode issue as Catalogs stores it. */
interface Issue {
  id: string;
  message: string;
  catalog: CatalogName | null;
  key: string | null;
}

/** What the shape check of one block found. */
interface BlockCheck {
  /** 'protocol' | 'namespace' | 'partial-protocol' | 'partial-namespace' | 'none' */
  shape: string;
  /** Index of the first field whose value has the wrong shape, or -1. */
  badField: number;
  /** What the bad field should have been (for messages). */
  expected: string;
}

const MIN_DASHES = 10;
const PROTOCOL_FIELDS = 13;
const NAMESPACE_FIELDS = 5;

/** Value shapes of the protocol fields by position ('text', 'guid', 'dec', 'hex', 'chain'). */
const PROTOCOL_SHAPES = ['text', 'text', 'guid', 'text', 'dec', 'dec', 'dec', 'dec', 'dec', 'dec', 'dec', 'hex', 'dec', 'chain'];
/** Value shapes of the name-space fields by position. */
const NAMESPACE_SHAPES = ['text', 'guid', 'dec', 'dec', 'dec'];

function isDashLine(trimmed: string): boolean {
  return trimmed.length >= MIN_DASHES && trimmed.replaceAll('-', '') === '';
}

function hasShape(value: string, shape: string): boolean {
  switch (shape) {
    case 'guid':
      return isGuidText(value);
    case 'dec':
      return parseDecimal(value) !== null;
    case 'hex':
      return parseHexFlags(value) !== null;
    case 'chain':
      return parseChain(value) !== null;
    default:
      return true;
  }
}

/** Index of the first field (among the first `count`) that does not fit `shapes`, or -1. */
function firstBadField(fields: NetshField[], shapes: string[], count: number): number {
  for (let i = 0; i < count; i++) {
    if (!hasShape(fields[i].value, shapes[i])) {
      return i;
    }
  }
  return -1;
}

function describeShape(shape: string): string {
  switch (shape) {
    case 'guid':
      return 'a {GUID}';
    case 'dec':
      return 'a decimal number';
    case 'hex':
      return '0x followed by hex digits';
    case 'chain':
      return 'catalog IDs separated by ":"';
    default:
      return 'text';
  }
}

/** Classifies a block by its number of fields and the shapes of their values. */
function checkBlock(fields: NetshField[]): BlockCheck {
  const n = fields.length;
  // 5 fields with a GUID second: name space. 13/14 fields: protocol (even with a bad GUID, so the
  // issue names the field). 5 fields without a GUID second: a name space with a bad provider ID.
  const nameSpaceFirst = n === NAMESPACE_FIELDS && isGuidText(fields[1].value);
  if (!nameSpaceFirst && (n === PROTOCOL_FIELDS || n === PROTOCOL_FIELDS + 1)) {
    const bad = firstBadField(fields, PROTOCOL_SHAPES, n);
    return { shape: 'protocol', badField: bad, expected: bad < 0 ? '' : describeShape(PROTOCOL_SHAPES[bad]) };
  }
  if (n === NAMESPACE_FIELDS && (nameSpaceFirst || !isGuidText(fields[2].value))) {
    const bad = firstBadField(fields, NAMESPACE_SHAPES, n);
    return { shape: 'namespace', badField: bad, expected: bad < 0 ? '' : describeShape(NAMESPACE_SHAPES[bad]) };
  }
  // A shorter block: is it the beginning of one of the two shapes (all fields fit, or all but the
  // last, which the end of the text may have cut)?
  if (n < PROTOCOL_FIELDS) {
    const bad = firstBadField(fields, PROTOCOL_SHAPES, n);
    if (bad < 0 || bad === n - 1) {
      return { shape: 'partial-protocol', badField: bad, expected: bad < 0 ? '' : describeShape(PROTOCOL_SHAPES[bad]) };
    }
  }
  if (n < NAMESPACE_FIELDS) {
    const bad = firstBadField(fields, NAMESPACE_SHAPES, n);
    if (bad < 0 || bad === n - 1) {
      return { shape: 'partial-namespace', badField: bad, expected: bad < 0 ? '' : describeShape(NAMESPACE_SHAPES[bad]) };
    }
  }
  return { shape: 'none', badField: -1, expected: '' };
}

/** Splits the text into entry blocks (a dashed line, then the `label: value` lines under it). */
function findBlocks(text: string): NetshBlock[] {
  const normalized = text.replaceAll('\u0000', '').replaceAll('\r\n', '\n').replaceAll('\r', '\n');
  const lines = normalized.split('\n').map((l) => l.trim());
  let lastNonBlank = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i] !== '') {
      lastNonBlank = i;
      break;
    }
  }
  const dashes = lines.map((l) => isDashLine(l));
  const blocks: NetshBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!dashes[i]) {
      i++;
      continue;
    }
    const title = i > 0 ? lines[i - 1] : '';
    const fields: NetshField[] = [];
    let j = i + 1;
    while (j < lines.length) {
      const line = lines[j];
      if (line === '' || dashes[j]) {
        break;
      }
      // A line right above a dashed line is the next block's title.
      if (j + 1 < lines.length && dashes[j + 1]) {
        break;
      }
      const at = separatorIndex(line);
      if (at < 0) {
        break;
      }
      fields.push({ label: line.slice(0, at).trim(), value: line.slice(at + 1).trim(), line: j + 1 });
      j++;
    }
    // The text ends inside this block when only blank lines follow it, or only one last line that
    // is not a field (a label cut before its separator).
    const cutLabel = j === lastNonBlank && !dashes[j] && separatorIndex(lines[j]) < 0;
    blocks.push({ title, dashLine: i + 1, fields, atEnd: j > lastNonBlank || cutLabel });
    i = j > i + 1 ? j : i + 1;
  }
  return blocks;
}

function headerFor(catalog: CatalogName): CatalogHeader {
  return { catalog, numCatalogEntries: null, nextCatalogEntryId: null, serialAccessNum: null, entryKeys: [] };
}

function int(field: NetshField): number {
  const n = parseDecimal(field.value);
  return n === null ? 0 : n;
}

function protocolEntry(fields: NetshField[], catalog: CatalogName, chain: number[]): ProtocolEntry {
  const chainLen = int(fields[12]);
  const flags = parseHexFlags(fields[11].value);
  return {
    catalog,
    key: null,
    catalogEntryId: int(fields[4]),
    entryType: chainLen === 1 ? 'Base' : chainLen >= 2 ? 'Chain' : 'Layered',
    libraryPath: fields[3].value,
    providerId: fields[2].value.toUpperCase(),
    protocolName: fields[1].value,
    addressFamily: int(fields[6]),
    socketType: int(fields[9]),
    protocol: int(fields[10]),
    serviceFlags1: flags === null ? 0 : flags,
    serviceFlags2: 0,
    serviceFlags3: 0,
    serviceFlags4: 0,
    providerFlags: 0,
    chainLen,
    chainEntries: chain,
    version: int(fields[5]),
    maxSockAddr: int(fields[7]),
    minSockAddr: int(fields[8]),
    protocolMaxOffset: 0,
    networkByteOrder: 0,
    securityScheme: 0,
    messageSize: 0,
    providerReserved: 0,
    itemSize: null,
  };
}

function nameSpaceEntry(fields: NetshField[], catalog: CatalogName): NameSpaceEntry {
  return {
    catalog,
    key: null,
    displayString: fields[0].value,
    providerId: fields[1].value.toUpperCase(),
    libraryPath: '',
    nameSpace: int(fields[2]),
    enabled: int(fields[3]) !== 0,
    version: int(fields[4]),
  };
}

/** The limitations every netsh source has, plus the bitness rule that applied. */
function netshLimitations(bitnessNote: string): string[] {
  return [
    'netsh text names no registry keys: key is null for every entry and entryKeys is empty.',
    'netsh text has no raw PackedCatalogItem bytes: itemSize is null and rawItemHex is absent.',
    'netsh text has no catalog counters (Num_Catalog_Entries[64], Next_Catalog_Entry_ID, Serial_Access_Num): the header counters are null.',
    'netsh shows only dwServiceFlags1 of WSAPROTOCOL_INFOW: serviceFlags2-4, providerFlags, protocolMaxOffset, networkByteOrder, securityScheme, messageSize and providerReserved are not in the text and are reported as 0.',
    'protocolName is the Description netsh shows: the display name (the ProtocolName value on Vista and later), localized in the UI language of the machine, which may differ from szProtocol stored in the PackedCatalogItem; displayName is absent.',
    'netsh prints the protocol chain only for chains (chainLen >= 2), and only its first chainLen IDs: chainEntries is empty for base and layered entries (whose ChainEntries slots are not shown).',
    'Name-space entries: netsh shows no LibraryPath, AddressFamily, StoresServiceClassInfo or ProviderInfo: libraryPath is empty.',
    'netsh text has no WinSock2\\Parameters values and no legacy Winsock key: parameters is empty and legacyTransports is null.',
    bitnessNote,
  ];
}

/**
 * Reads the text printed by `netsh winsock show catalog` (English or any UI language).
 * `unmarkedBitness` says which catalog rows WITHOUT the `(32)` marker belong to when no row in the
 * text carries it: 0 (default) = 64-bit, 32 = a capture from 32-bit Windows (its only catalog is
 * the registry's Catalog_Entries, Protocol32/NameSpace32), 64 = 64-bit. When any row carries `(32)`
 * the OS is 64-bit and unmarked rows are always Protocol64/NameSpace64.
 * Throws W2D1200 (empty), W2D1201 (no entry block), W2D1202 (no entry decodable), W2D1203 (bad
 * unmarkedBitness); incomplete or malformed entries are skipped and reported in decodeIssues.
 */
export function parseNetshCatalog(text: string, source: string, unmarkedBitness: number = 0): Catalogs {
  const read = readNetshCatalog(text, source, unmarkedBitness);
  if (read.catalogs === null) {
    throw new Error(read.error === null ? netshMessage(W2D1202_NOTHING_DECODED, source) : read.error);
  }
  return read.catalogs;
}

/** The outcome of readNetshCatalog: the catalogs, or the error message (W2D12xx) that parseNetshCatalog throws. */
export interface NetshReadResult {
  catalogs: Catalogs | null;
  error: string | null;
}

function failed(id: string, detail: string): NetshReadResult {
  return { catalogs: null, error: netshMessage(id, detail) };
}

/** parseNetshCatalog without exceptions (for batch use: fleets of captures, fuzzing). */
export function readNetshCatalog(text: string, source: string, unmarkedBitness: number = 0): NetshReadResult {
  if (unmarkedBitness !== 0 && unmarkedBitness !== 32 && unmarkedBitness !== 64) {
    return failed(W2D1203_BAD_BITNESS, `got ${unmarkedBitness}`);
  }
  if (text.replaceAll('\u0000', '').trim() === '') {
    return failed(W2D1200_EMPTY, source);
  }
  const blocks = findBlocks(text);
  if (blocks.length === 0) {
    return failed(W2D1201_NO_BLOCKS, source);
  }
  const checks = blocks.map((b) => checkBlock(b.fields));

  // Any (32) marker on a decodable row means a 64-bit OS printing both catalogs.
  let anyMarked = false;
  for (let b = 0; b < blocks.length; b++) {
    const shape = checks[b].shape;
    if (shape === 'protocol' && hasBitness32Marker(blocks[b].fields[0].value)) {
      anyMarked = true;
    }
    if (shape === 'namespace' && hasBitness32Marker(blocks[b].title)) {
      anyMarked = true;
    }
  }
  const unmarked32 = !anyMarked && unmarkedBitness === 32;
  let bitnessNote = '';
  if (anyMarked) {
    bitnessNote = 'Rows marked (32) are the 32-bit catalog (Protocol32/NameSpace32, registry Catalog_Entries); unmarked rows are the 64-bit catalog (Protocol64/NameSpace64, Catalog_Entries64).';
  } else if (unmarked32) {
    bitnessNote = 'No row is marked (32) and the caller said the capture comes from 32-bit Windows: all rows are its only catalog (Protocol32/NameSpace32, registry Catalog_Entries).';
  } else {
    bitnessNote = 'No row is marked (32): all rows were assigned to Protocol64/NameSpace64. A capture from 32-bit Windows (XP as in KB811259, or any x86 install) shows its only catalog, the registry Catalog_Entries (Protocol32); read it with unmarkedBitness 32. A capture cut before the (32) rows also looks like this.';
  }
  const protocolUnmarked: CatalogName = unmarked32 ? 'Protocol32' : 'Protocol64';
  const nameSpaceUnmarked: CatalogName = unmarked32 ? 'NameSpace32' : 'NameSpace64';

  const protocolEntries: ProtocolEntry[] = [];
  const nameSpaceEntries: NameSpaceEntry[] = [];
  const issues: Issue[] = [];
  const seen: CatalogName[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const check = checks[b];
    const fields = block.fields;
    const where = `entry at line ${block.dashLine - 1}`;
    if (check.shape === 'protocol' || check.shape === 'namespace') {
      const isProtocol = check.shape === 'protocol';
      const catalog: CatalogName = isProtocol
        ? hasBitness32Marker(fields[0].value) ? 'Protocol32' : protocolUnmarked
        : hasBitness32Marker(block.title) ? 'NameSpace32' : nameSpaceUnmarked;
      if (check.badField >= 0) {
        const f = fields[check.badField];
        const lastLine = check.badField === fields.length - 1;
        if (block.atEnd && lastLine) {
          issues.push({ id: W2D1210_INCOMPLETE_LAST, message: netshMessage(W2D1210_INCOMPLETE_LAST, `${where}: line ${f.line} '${f.value}' is cut (expected ${check.expected})`), catalog, key: null });
        } else {
          issues.push({ id: W2D1212_BAD_FIELD, message: netshMessage(W2D1212_BAD_FIELD, `${where}: field ${check.badField + 1} at line ${f.line} is '${f.value}', expected ${check.expected}`), catalog, key: null });
        }
        continue;
      }
      if (!isProtocol) {
        nameSpaceEntries.push(nameSpaceEntry(fields, catalog));
        if (!seen.includes(catalog)) {
          seen.push(catalog);
        }
        continue;
      }
      const chainLen = int(fields[12]);
      const shown = fields.length === PROTOCOL_FIELDS + 1;
      const parsed = shown ? parseChain(fields[13].value) : null;
      const chain: number[] = parsed === null ? [] : parsed;
      if (chainLen >= 2 && !shown && block.atEnd) {
        issues.push({ id: W2D1210_INCOMPLETE_LAST, message: netshMessage(W2D1210_INCOMPLETE_LAST, `${where}: the protocol chain line of a chain of length ${chainLen} is missing`), catalog, key: null });
        continue;
      }
      const expectedIds = chainLen >= 2 ? chainLen : 0;
      if (chain.length !== expectedIds) {
        const fix = shown ? `shows ${chain.length} IDs` : 'is missing';
        issues.push({ id: W2D1213_CHAIN_MISMATCH, message: netshMessage(W2D1213_CHAIN_MISMATCH, `${where}: chain length ${chainLen} but the chain line ${fix}`), catalog, key: null });
        continue;
      }
      if (chainLen < 0 || chainLen > 7) {
        issues.push({ id: W2D1214_CHAIN_LENGTH_RANGE, message: netshMessage(W2D1214_CHAIN_LENGTH_RANGE, `${where}: chain length ${chainLen}`), catalog, key: null });
      }
      protocolEntries.push(protocolEntry(fields, catalog, chain));
      if (!seen.includes(catalog)) {
        seen.push(catalog);
      }
      continue;
    }
    if (check.shape === 'partial-protocol' || check.shape === 'partial-namespace') {
      if (block.atEnd) {
        const catalog: CatalogName | null =
          check.shape === 'partial-protocol' && fields.length > 0
            ? hasBitness32Marker(fields[0].value) ? 'Protocol32' : protocolUnmarked
            : null;
        issues.push({ id: W2D1210_INCOMPLETE_LAST, message: netshMessage(W2D1210_INCOMPLETE_LAST, `${where}: it has ${fields.length} field line(s)`), catalog, key: null });
        continue;
      }
    }
    issues.push({ id: W2D1211_UNKNOWN_SHAPE, message: netshMessage(W2D1211_UNKNOWN_SHAPE, `${where} has ${fields.length} fields`), catalog: null, key: null });
  }

  if (protocolEntries.length === 0 && nameSpaceEntries.length === 0) {
    const first = issues.length > 0 ? issues[0].message : '';
    return failed(W2D1202_NOTHING_DECODED, `${source}: ${blocks.length} block(s); ${first}`);
  }
  const order: CatalogName[] = ['Protocol64', 'Protocol32', 'NameSpace64', 'NameSpace32'];
  const headers = order.filter((c) => seen.includes(c)).map((c) => headerFor(c));
  const catalogs: Catalogs = {
    source,
    sourceKind: 'netsh',
    protocolEntries,
    nameSpaceEntries,
    headers,
    parameters: [],
    legacyTransports: null,
    limitations: netshLimitations(bitnessNote),
    decodeIssues: issues,
  };
  return { catalogs, error: null };
}
