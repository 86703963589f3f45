/**
 * Reader for the text of `netsh winsock show catalog` (any UI language) into Catalogs.
 *
 * Fields are read by POSITION and SHAPE, never by their (localized) labels:
 * - an entry block is the run of `label: value` lines after a dashed line (the line before the
 *   dashed line is the block's title and is not interpreted, except for a `(32)` suffix);
 * - a protocol entry has 13 fields, or 14 when a protocol chain is shown, in netsh's fixed order:
 *   entry type, description, provider ID (GUID), provider path, catalog entry ID, version, address
 *   family, max and min address length, socket type, protocol, service flags (0x hex), protocol
 *   chain length, [protocol chain `a : b`];
 * - a name-space entry has 5 fields: description, provider ID (GUID), name space, active, version.
 * The label/value separator is the first ':' or '：' of the line (netsh pads values to a display
 * column, which is not a character column in CJK languages, so the column is not used).
 * Base/Layered/Chain comes from the chain length (1 / 0 / >= 2); the 32-bit catalog from a `(32)`
 * suffix on the entry-type value (on the title for name-space entries). See README.md for the
 * bitness rule when no row carries the marker.
 *
 * Performance: compiled to PowerShell, every string method but startsWith/endsWith is a helper call,
 * so each line costs a fixed handful of them (trim, indexOf, slice) and values are parsed once.
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
  W2D1215_LAST_VALUE_OPEN,
} from './errors.js';
import { hasBitness32Marker, isGuidText, parseChain, parseDecimals, parseHexFlags, separatorIndex } from './fields.js';
import type { NetshField } from './fields.js';

/** The fields of one block, with where it is in the text. */
interface NetshBlock {
  /** The title line (trimmed), '' when the dashed line is the first line. */
  title: string;
  /** 1-based line number of the title line (of the dashed line when there is no title). */
  line: number;
  fields: NetshField[];
  /** true when the text ends inside this block (nothing but blank lines, or one cut label, follows). */
  atEnd: boolean;
  /** true when the block's last field is the text's last line and no line break follows it (its value may be cut). */
  openEnded: boolean;
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
  /** The decimal/hex values by field position (0 for text and GUID fields). */
  numbers: number[];
  /** The protocol chain IDs when the 14th field is present and well-formed, else []. */
  chain: number[];
}

const DASH_RUN = '----------';
/** The characters JavaScript's trim() removes besides ' ', '\n' and '\r'. */
const OTHER_WHITESPACE = ['\t', '\u000B', '\u000C', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
  '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
const PROTOCOL_FIELDS = 13;
const NAMESPACE_FIELDS = 5;
const MAX_CHAIN = 7;

/** Value shapes of the protocol fields by position ('text', 'guid', 'dec', 'hex', 'chain'). */
const PROTOCOL_SHAPES = ['text', 'text', 'guid', 'text', 'dec', 'dec', 'dec', 'dec', 'dec', 'dec', 'dec', 'hex', 'dec', 'chain'];
/** Value shapes of the name-space fields by position. */
const NAMESPACE_SHAPES = ['text', 'guid', 'dec', 'dec', 'dec'];

function describeShape(shape: string): string {
  if (shape === 'guid') {
    return 'a {GUID}';
  }
  if (shape === 'dec') {
    return 'a decimal number';
  }
  if (shape === 'hex') {
    return '0x followed by hex digits';
  }
  return 'catalog IDs separated by ":"';
}

/** Parses the first `count` fields by `shapes`; stops at the first one that does not fit. */
function readShapes(fields: NetshField[], shapes: string[], count: number, shape: string): BlockCheck {
  // All decimal fields of the block in one pass (see parseDecimals).
  const decimalValues: string[] = [];
  for (let i = 0; i < count; i++) {
    if (shapes[i] === 'dec') {
      decimalValues.push(fields[i].value);
    }
  }
  const decimals = parseDecimals(decimalValues);
  let nextDecimal = 0;
  const numbers: number[] = [];
  let chain: number[] = [];
  for (let i = 0; i < count; i++) {
    const kind = shapes[i];
    let ok = true;
    let n = 0;
    if (kind === 'dec') {
      const d = decimals[nextDecimal];
      nextDecimal++;
      ok = d !== null;
      n = d === null ? 0 : d;
    } else if (kind === 'hex') {
      const h = parseHexFlags(fields[i].value);
      ok = h !== null;
      n = h === null ? 0 : h;
    } else if (kind === 'guid') {
      ok = isGuidText(fields[i].value);
    } else if (kind === 'chain') {
      const c = parseChain(fields[i].value);
      ok = c !== null;
      chain = c === null ? [] : c;
    }
    if (!ok) {
      return { shape, badField: i, numbers, chain: [] };
    }
    numbers.push(n);
  }
  return { shape, badField: -1, numbers, chain };
}

/** Classifies a block by its number of fields and the shapes of their values. */
function checkBlock(fields: NetshField[]): BlockCheck {
  const n = fields.length;
  // 5 fields with a GUID second: name space. 13/14 fields: protocol (even with a bad GUID, so the
  // issue names the field). 5 fields with no GUID second or third: a name space with a bad ID.
  const nameSpaceFirst = n === NAMESPACE_FIELDS && isGuidText(fields[1].value);
  if (!nameSpaceFirst && (n === PROTOCOL_FIELDS || n === PROTOCOL_FIELDS + 1)) {
    return readShapes(fields, PROTOCOL_SHAPES, n, 'protocol');
  }
  if (n === NAMESPACE_FIELDS && (nameSpaceFirst || !isGuidText(fields[2].value))) {
    return readShapes(fields, NAMESPACE_SHAPES, n, 'namespace');
  }
  // A shorter block: the beginning of one of the two shapes (all fields fit, or all but the last,
  // which the end of the text may have cut)?
  if (n < PROTOCOL_FIELDS) {
    const p = readShapes(fields, PROTOCOL_SHAPES, n, 'partial-protocol');
    if (p.badField < 0 || p.badField === n - 1) {
      return p;
    }
  }
  if (n < NAMESPACE_FIELDS) {
    const s = readShapes(fields, NAMESPACE_SHAPES, n, 'partial-namespace');
    if (s.badField < 0 || s.badField === n - 1) {
      return s;
    }
  }
  return { shape: 'none', badField: -1, numbers: [], chain: [] };
}

/** A trimmed line of a capture pasted as a Markdown or e-mail quote (`> ...`, `>> ...`) without the quote marks. */
function unquote(trimmed: string): string {
  let t = trimmed;
  while (t.startsWith('>')) {
    t = t.slice(1).trim();
  }
  return t;
}

/** Splits the text into entry blocks (a dashed line, then the `label: value` lines under it). */
function findBlocks(text: string): NetshBlock[] {
  const normalized = text.replaceAll('\u0000', '').replaceAll('\r\n', '\n').replaceAll('\r', '\n');
  const wide = normalized.includes('\uFF1A');
  const endsWithBreak = normalized.endsWith('\n');
  // Trimming every line costs a helper call in pwsh; when the text has no whitespace but ASCII
  // spaces, only lines that start or end with a space need it (same result as trim()).
  const spacesOnly = !OTHER_WHITESPACE.some((ch) => normalized.includes(ch));
  const lines: string[] = [];
  const dashes: boolean[] = [];
  let lastNonBlank = -1;
  for (const raw of normalized.split('\n')) {
    let t = spacesOnly && !raw.startsWith(' ') && !raw.endsWith(' ') ? raw : raw.trim();
    if (t.startsWith('>')) {
      t = unquote(t);
    }
    if (t !== '') {
      lastNonBlank = lines.length;
    }
    lines.push(t);
    dashes.push(t.startsWith(DASH_RUN) && t.replaceAll('-', '') === '');
  }
  // One pass; a dashed line opens a block, and the line above it, if the open block took it as a
  // field, was the new block's title. Indexes stay loop counters (inline element access in pwsh).
  const blocks: NetshBlock[] = [];
  const count = lines.length;
  let open = false;
  let title = '';
  let titleLine = 0;
  let fields: NetshField[] = [];
  for (let k = 0; k <= count; k++) {
    const isDash = k < count && dashes[k];
    if (open) {
      // The index of the line that ends the block (count: the end of the text), -1 while it goes on.
      let end = -1;
      let cutLabel = false;
      if (k === count) {
        end = count;
      } else if (isDash) {
        end = k;
        if (fields.length > 0 && fields[fields.length - 1].line === k) {
          fields.pop();
          end = k - 1;
        }
      } else if (lines[k] === '') {
        end = k;
      } else {
        const line = lines[k];
        const at = separatorIndex(line, wide);
        if (at < 0) {
          // A line without a separator ends the block; at the very end of the text it is a cut label.
          end = k;
          cutLabel = k === lastNonBlank;
        } else {
          fields.push({ value: line.slice(at + 1).trim(), line: k + 1 });
        }
      }
      if (end >= 0) {
        const openEnded = !endsWithBreak && fields.length > 0 && fields[fields.length - 1].line === count;
        blocks.push({ title, line: titleLine, fields, atEnd: end > lastNonBlank || cutLabel, openEnded });
        open = false;
      }
    }
    if (isDash) {
      const hasTitle = k > 0 && lines[k - 1] !== '' && !dashes[k - 1];
      title = hasTitle ? lines[k - 1] : '';
      titleLine = hasTitle ? k : k + 1;
      fields = [];
      open = true;
    }
  }
  return blocks;
}

function headerFor(catalog: CatalogName): CatalogHeader {
  return { catalog, numCatalogEntries: null, nextCatalogEntryId: null, serialAccessNum: null, entryKeys: [] };
}

function protocolEntry(fields: NetshField[], numbers: number[], catalog: CatalogName, chain: number[]): ProtocolEntry {
  const chainLen = numbers[12];
  return {
    catalog,
    key: null,
    catalogEntryId: numbers[4],
    entryType: chainLen === 1 ? 'Base' : chainLen >= 2 ? 'Chain' : 'Layered',
    libraryPath: fields[3].value,
    providerId: fields[2].value.toUpperCase(),
    protocolName: fields[1].value,
    addressFamily: numbers[6],
    socketType: numbers[9],
    protocol: numbers[10],
    serviceFlags1: numbers[11],
    serviceFlags2: 0,
    serviceFlags3: 0,
    serviceFlags4: 0,
    providerFlags: 0,
    chainLen,
    chainEntries: chain,
    version: numbers[5],
    maxSockAddr: numbers[7],
    minSockAddr: numbers[8],
    protocolMaxOffset: 0,
    networkByteOrder: 0,
    securityScheme: 0,
    messageSize: 0,
    providerReserved: 0,
    itemSize: null,
  };
}

function nameSpaceEntry(fields: NetshField[], numbers: number[], catalog: CatalogName): NameSpaceEntry {
  return {
    catalog,
    key: null,
    displayString: fields[0].value,
    providerId: fields[1].value.toUpperCase(),
    libraryPath: '',
    nameSpace: numbers[2],
    enabled: numbers[3] !== 0,
    version: numbers[4],
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

function issue(id: string, detail: string, catalog: CatalogName | null): Issue {
  return { id, message: netshMessage(id, detail), catalog, key: null };
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
    if ((shape === 'protocol' || shape === 'partial-protocol') && blocks[b].fields.length > 0 && hasBitness32Marker(blocks[b].fields[0].value)) {
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
  const seen = new Map<string, boolean>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const check = checks[b];
    const fields = block.fields;
    const n = fields.length;
    const where = `entry at line ${block.line}`;
    const isProtocol = check.shape === 'protocol' || check.shape === 'partial-protocol';
    let catalog: CatalogName | null = null;
    if (isProtocol && n > 0) {
      catalog = hasBitness32Marker(fields[0].value) ? 'Protocol32' : protocolUnmarked;
    } else if (check.shape === 'namespace') {
      catalog = hasBitness32Marker(block.title) ? 'NameSpace32' : nameSpaceUnmarked;
    }
    const shapes = isProtocol ? PROTOCOL_SHAPES : NAMESPACE_SHAPES;

    if (check.shape === 'protocol' || check.shape === 'namespace') {
      if (check.badField >= 0) {
        const f = fields[check.badField];
        const expected = describeShape(shapes[check.badField]);
        if (block.atEnd && check.badField === n - 1) {
          issues.push(issue(W2D1210_INCOMPLETE_LAST, `${where}: line ${f.line} '${f.value}' is cut (expected ${expected})`, catalog));
        } else {
          issues.push(issue(W2D1212_BAD_FIELD, `${where}: field ${check.badField + 1} at line ${f.line} is '${f.value}', expected ${expected}`, catalog));
        }
        continue;
      }
      // A chain line or a name-space version (multi-digit values) cut by the end of the text still
      // has its shape; say so. The chain length closing a 13-field entry is one digit and cannot be.
      if (block.openEnded && (check.shape === 'namespace' || n === PROTOCOL_FIELDS + 1)) {
        issues.push(issue(W2D1215_LAST_VALUE_OPEN, `${where}: '${fields[n - 1].value}' at line ${fields[n - 1].line}`, catalog));
      }
      if (check.shape === 'namespace') {
        const nsCatalog: CatalogName = catalog === null ? nameSpaceUnmarked : catalog;
        nameSpaceEntries.push(nameSpaceEntry(fields, check.numbers, nsCatalog));
        seen.set(nsCatalog, true);
        continue;
      }
      const pCatalog: CatalogName = catalog === null ? protocolUnmarked : catalog;
      const chainLen = check.numbers[12];
      const shown = n === PROTOCOL_FIELDS + 1;
      if (chainLen >= 2 && !shown && block.atEnd) {
        issues.push(issue(W2D1210_INCOMPLETE_LAST, `${where}: the protocol chain line of a chain of length ${chainLen} is missing`, pCatalog));
        continue;
      }
      const expectedIds = chainLen >= 2 ? chainLen : 0;
      if (check.chain.length !== expectedIds) {
        const what = shown ? `shows ${check.chain.length} IDs` : 'is missing';
        issues.push(issue(W2D1213_CHAIN_MISMATCH, `${where}: chain length ${chainLen} but the chain line ${what}`, pCatalog));
        continue;
      }
      if (chainLen < 0 || chainLen > MAX_CHAIN) {
        issues.push(issue(W2D1214_CHAIN_LENGTH_RANGE, `${where}: chain length ${chainLen}`, pCatalog));
      }
      protocolEntries.push(protocolEntry(fields, check.numbers, pCatalog, check.chain));
      seen.set(pCatalog, true);
      continue;
    }
    if ((check.shape === 'partial-protocol' || check.shape === 'partial-namespace') && block.atEnd) {
      issues.push(issue(W2D1210_INCOMPLETE_LAST, `${where}: it has ${n} field line(s)`, catalog));
      continue;
    }
    issues.push(issue(W2D1211_UNKNOWN_SHAPE, `${where} has ${n} fields`, null));
  }

  if (protocolEntries.length === 0 && nameSpaceEntries.length === 0) {
    const first = issues.length > 0 ? issues[0].message : '';
    return failed(W2D1202_NOTHING_DECODED, `${source}: ${blocks.length} block(s); ${first}`);
  }
  const order: CatalogName[] = ['Protocol64', 'Protocol32', 'NameSpace64', 'NameSpace32'];
  const headers = order.filter((c) => seen.has(c)).map((c) => headerFor(c));
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
