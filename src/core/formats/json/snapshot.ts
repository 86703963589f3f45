/**
 * The versioned JSON snapshot of a registry subtree (schema/winsock2doctor-registry-snapshot.v1.schema.json,
 * rules in schema/README.md):
 *
 * ```json
 * { "format": "winsock2doctor-registry-snapshot", "version": 1,
 *   "source": "...", "computerName": "...", "timeUtc": "...", "toolVersion": "...",
 *   "keys": [ { "path": "HKEY_LOCAL_MACHINE\\SYSTEM\\...",
 *               "values": [ { "name": "", "type": 1, "typeName": "REG_SZ", "hex": "6100...", "text": "a" } ] } ] }
 * ```
 *
 * `hex` (the data bytes, lower case) and `type` are authoritative; `typeName` and `text` are written
 * for people and ignored when reading. Reading accepts any version-1 document and ignores properties
 * it does not know (later additions keep version 1); a newer version is W2D1321.
 */
import { host } from '../../../host/host.js';
import type { Bytes } from '../../../host/primitives.js';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../../model/registry.js';
import { tryParseJson, lineColumn } from './parse.js';
import { writeJson } from './write.js';
import { jsonKindName, type JsonValue } from './value.js';
import { W2D1320, W2D1321, W2D1322, W2D1323, W2D1324, W2D1325, W2D1326, W2D1330 } from './errors.js';

export const SNAPSHOT_FORMAT = 'winsock2doctor-registry-snapshot';
/** The format version this build writes and the newest it reads. */
export const SNAPSHOT_VERSION = 1;

/** Where and when a snapshot was taken, and by which build. */
export interface SnapshotMeta {
  /** What it was read from: 'live registry', a file path, a description. */
  source: string;
  computerName: string;
  /** ISO 8601 UTC (`2026-11-25T12:00:00.000Z`). */
  timeUtc: string;
  toolVersion: string;
}

export interface SnapshotDocument {
  snapshot: RegistrySnapshot;
  meta: SnapshotMeta;
}

/** The outcome of trySnapshotFromJson: the document, or the error message. */
export interface SnapshotReadResult {
  ok: boolean;
  snapshot: RegistrySnapshot | null;
  meta: SnapshotMeta | null;
  /** `W2D13xx: ... at line L, column C` when not ok, else ''. */
  error: string;
}

const TYPE_NAMES: Map<number, string> = typeNameTable();

function typeNameTable(): Map<number, string> {
  const names = [
    'REG_NONE',
    'REG_SZ',
    'REG_EXPAND_SZ',
    'REG_BINARY',
    'REG_DWORD',
    'REG_DWORD_BIG_ENDIAN',
    'REG_LINK',
    'REG_MULTI_SZ',
    'REG_RESOURCE_LIST',
    'REG_FULL_RESOURCE_DESCRIPTOR',
    'REG_RESOURCE_REQUIREMENTS_LIST',
    'REG_QWORD',
  ];
  const m = new Map<number, string>();
  for (let i = 0; i < names.length; i++) m.set(i, names[i]);
  return m;
}

/** `REG_SZ`, ... for types 0..11, else `REG_UNKNOWN(0x<lower-case hex>)`. */
export function regTypeName(type: number): string {
  const known = TYPE_NAMES.get(type);
  if (known !== undefined) return known;
  return `REG_UNKNOWN(0x${type.toString(16)})`;
}

/** The snapshot as a JSON document value (what snapshotToJson writes). */
export function snapshotToJsonValue(snapshot: RegistrySnapshot, meta: SnapshotMeta): JsonValue {
  // the `text` of equal data is equal: decoded once (values repeat a lot in a catalog)
  const texts = new Map<string, JsonValue | null>();
  const keys: JsonValue[] = [];
  for (const key of snapshot.keys) {
    if (key.path === '') throw new Error(`${W2D1330}: a key has an empty path`);
    const values: JsonValue[] = [];
    for (const v of key.values) {
      const t = v.type;
      if (!(Math.floor(t) === t && t >= 0 && t <= 4294967295)) {
        throw new Error(`${W2D1330}: value "${v.name}" of ${key.path} has type ${t}, not an integer in 0..4294967295`);
      }
      const hex = host.bytesToHex(v.data);
      let typeName = TYPE_NAMES.get(t);
      if (typeName === undefined) typeName = regTypeName(t);
      const members = new Map<string, JsonValue>();
      members.set('name', { kind: 'string', str: v.name });
      members.set('type', { kind: 'number', num: t });
      members.set('typeName', { kind: 'string', str: typeName });
      members.set('hex', { kind: 'string', str: hex });
      let textClass = '';
      if (t === 1 || t === 2) textClass = 's';
      else if (t === 7) textClass = 'm';
      else if (t === 4) textClass = 'd';
      else if (t === 11) textClass = 'q';
      if (textClass !== '') {
        const cacheKey = textClass + hex;
        let text = texts.get(cacheKey);
        if (text === undefined) {
          text = valueText(v);
          texts.set(cacheKey, text);
        }
        if (text !== null) members.set('text', text);
      }
      values.push({ kind: 'object', members });
    }
    const k = new Map<string, JsonValue>();
    k.set('path', { kind: 'string', str: key.path });
    k.set('values', { kind: 'array', items: values });
    keys.push({ kind: 'object', members: k });
  }
  const root = new Map<string, JsonValue>();
  root.set('format', { kind: 'string', str: SNAPSHOT_FORMAT });
  root.set('version', { kind: 'number', num: SNAPSHOT_VERSION });
  root.set('source', { kind: 'string', str: meta.source });
  root.set('computerName', { kind: 'string', str: meta.computerName });
  root.set('timeUtc', { kind: 'string', str: meta.timeUtc });
  root.set('toolVersion', { kind: 'string', str: meta.toolVersion });
  root.set('keys', { kind: 'array', items: keys });
  return { kind: 'object', members: root };
}

/** The snapshot document as text: indented by 2, LF line ends, a final LF. */
export function snapshotToJson(snapshot: RegistrySnapshot, meta: SnapshotMeta): string {
  return writeJson(snapshotToJsonValue(snapshot, meta), 2) + '\n';
}

/**
 * The human-readable `text` of a value, or null: REG_SZ / REG_EXPAND_SZ the string up to the first
 * NUL; REG_MULTI_SZ the strings up to the empty one that ends the list; REG_DWORD (4 bytes) and
 * REG_QWORD (8 bytes) as regedit shows them, `0x0000002a (42)`.
 */
function valueText(v: RegistryValue): JsonValue | null {
  const d = v.data;
  const t = v.type;
  if (t === 1 || t === 2) return { kind: 'string', str: host.readUtf16Z(d, 0, d.length) };
  if (t === 7) {
    const items: JsonValue[] = [];
    let off = 0;
    while (off + 2 <= d.length) {
      const s = host.readUtf16Z(d, off, d.length - off);
      if (s === '') break;
      items.push({ kind: 'string', str: s });
      off += (s.length + 1) * 2;
    }
    return { kind: 'array', items };
  }
  if (t === 4 && d.length === 4) {
    const n = host.readU32LE(d, 0);
    return { kind: 'string', str: `0x${n.toString(16).padStart(8, '0')} (${n})` };
  }
  if (t === 11 && d.length === 8) {
    const lo = host.readU32LE(d, 0);
    const hi = host.readU32LE(d, 4);
    // hi * 2^32 + lo in decimal, exactly: 2^32 = 42949 * 10^5 + 67296
    const low = lo + hi * 67296;
    const carry = Math.floor(low / 100000);
    const low5 = low - carry * 100000;
    const high = hi * 42949 + carry;
    const decimal = high > 0 ? `${high}${`${low5}`.padStart(5, '0')}` : `${low5}`;
    return { kind: 'string', str: `0x${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')} (${decimal})` };
  }
  return null;
}

/** Reads a snapshot document; throws Error('W2D13xx: ...') when the text is not one. */
export function snapshotFromJson(text: string): SnapshotDocument {
  const r = trySnapshotFromJson(text);
  if (!r.ok) throw new Error(r.error);
  return { snapshot: r.snapshot!, meta: r.meta! };
}

/** The hex strings of all values, in order, checked and converted together at the end. */
interface HexList {
  hex: string[];
  /** The offset of each hex string in the text. */
  pos: number[];
  /** Index of the key and of the value in it (for messages). */
  key: number[];
  value: number[];
  /** The value each hex string is the data of. */
  target: RegistryValue[];
}

/** Reads a snapshot document; the error comes back as a value (never thrown). */
export function trySnapshotFromJson(text: string): SnapshotReadResult {
  const parsed = tryParseJson(text);
  if (!parsed.ok) return { ok: false, snapshot: null, meta: null, error: parsed.error };
  const hexes: HexList = { hex: [], pos: [], key: [], value: [], target: [] };
  const shape = readDocument(parsed.value!, hexes);
  // a bad hex before the first shape problem is the first problem
  const hexProblem = firstBadHex(hexes);
  let error = shape.error;
  let pos = shape.pos;
  if (hexProblem.error !== '' && (error === '' || hexProblem.pos < pos)) {
    error = hexProblem.error;
    pos = hexProblem.pos;
  }
  if (error !== '') return { ok: false, snapshot: null, meta: null, error: `${error} at ${lineColumn(text, pos)}` };
  // All data in one conversion (one call converts faster than hundreds in PowerShell), then cut
  // into values; equal short data (DWORDs, GUIDs, names) shares one array: core never writes into Bytes.
  const hexStrings = hexes.hex;
  const targets = hexes.target;
  const all = host.hexToBytes(hexStrings.join(''));
  const shared = new Map<string, Bytes>();
  let offset = 0;
  for (let i = 0; i < hexStrings.length; i++) {
    const h = hexStrings[i];
    const size = h.length / 2;
    if (size > 32) {
      targets[i].data = host.bytesSlice(all, offset, offset + size);
    } else {
      let b = shared.get(h);
      if (b === undefined) {
        b = host.bytesSlice(all, offset, offset + size);
        shared.set(h, b);
      }
      targets[i].data = b;
    }
    offset += size;
  }
  return { ok: true, snapshot: { keys: shape.keys }, meta: shape.meta, error: '' };
}

interface ShapeResult {
  keys: RegistryKey[];
  meta: SnapshotMeta;
  error: string;
  pos: number;
}

function positionOf(v: JsonValue): number {
  return v.pos ?? 0;
}

function missing(where: string, name: string, obj: JsonValue): ShapeResult {
  return shapeError(`${W2D1323}: ${where} has no "${name}"`, positionOf(obj));
}

function wrongType(where: string, wanted: string, v: JsonValue): ShapeResult {
  return shapeError(`${W2D1324}: ${where} must be ${wanted}, not ${jsonKindName(v.kind)}`, positionOf(v));
}

function shapeError(error: string, pos: number): ShapeResult {
  return { keys: [], meta: { source: '', computerName: '', timeUtc: '', toolVersion: '' }, error, pos };
}

function keyWhere(k: number): string {
  return `keys[${k}]`;
}

function valueWhere(k: number, i: number): string {
  return `keys[${k}].values[${i}]`;
}

/**
 * Checks the document's shape and builds the keys (value data left empty: the hex strings are
 * collected in `hexes`, in order, and checked together). No call per value on the good path.
 */
function readDocument(root: JsonValue, hexes: HexList): ShapeResult {
  if (root.kind !== 'object') {
    return shapeError(`${W2D1320}: not a Winsock2Doctor registry snapshot (the document is ${jsonKindName(root.kind)}, not an object)`, positionOf(root));
  }
  const m = root.members;
  const format = m.get('format');
  if (format === undefined || format.kind !== 'string' || format.str !== SNAPSHOT_FORMAT) {
    let at: JsonValue = root;
    if (format !== undefined) at = format;
    return shapeError(`${W2D1320}: not a Winsock2Doctor registry snapshot ("format" must be "${SNAPSHOT_FORMAT}")`, positionOf(at));
  }
  const version = m.get('version');
  if (version === undefined) return missing('the document', 'version', root);
  if (version.kind !== 'number' || !(Math.floor(version.num) === version.num) || version.num < 1 || version.num === Infinity) {
    return shapeError(`${W2D1322}: "version" must be a positive integer`, positionOf(version));
  }
  if (version.num > SNAPSHOT_VERSION) {
    return shapeError(
      `${W2D1321}: the snapshot has format version ${version.num}; this Winsock2Doctor reads version ${SNAPSHOT_VERSION} (a newer Winsock2Doctor wrote it)`,
      positionOf(version),
    );
  }
  const metaText: string[] = [];
  for (const name of ['source', 'computerName', 'timeUtc', 'toolVersion']) {
    const f = m.get(name);
    if (f === undefined) return missing('the document', name, root);
    if (f.kind !== 'string') return wrongType(`"${name}"`, 'a string', f);
    metaText.push(f.str);
  }
  const meta: SnapshotMeta = { source: metaText[0], computerName: metaText[1], timeUtc: metaText[2], toolVersion: metaText[3] };
  const keysValue = m.get('keys');
  if (keysValue === undefined) return missing('the document', 'keys', root);
  if (keysValue.kind !== 'array') return wrongType('"keys"', 'an array', keysValue);
  const keys: RegistryKey[] = [];
  const empty = host.bytesAlloc(0);
  const hexList = hexes.hex;
  const hexPos = hexes.pos;
  const hexKey = hexes.key;
  const hexValue = hexes.value;
  const hexTarget = hexes.target;
  let k = -1;
  for (const kv of keysValue.items) {
    k++;
    if (kv.kind !== 'object') return wrongType(keyWhere(k), 'an object', kv);
    const km = kv.members;
    const path = km.get('path');
    if (path === undefined) return missing(keyWhere(k), 'path', kv);
    if (path.kind !== 'string') return wrongType(`${keyWhere(k)}.path`, 'a string', path);
    if (path.str === '') return shapeError(`${W2D1324}: ${keyWhere(k)}.path must not be empty`, positionOf(path));
    const valuesValue = km.get('values');
    if (valuesValue === undefined) return missing(keyWhere(k), 'values', kv);
    if (valuesValue.kind !== 'array') return wrongType(`${keyWhere(k)}.values`, 'an array', valuesValue);
    const values: RegistryValue[] = [];
    let i = -1;
    for (const vv of valuesValue.items) {
      i++;
      if (vv.kind !== 'object') return wrongType(valueWhere(k, i), 'an object', vv);
      const vm = vv.members;
      const name = vm.get('name');
      if (name === undefined) return missing(valueWhere(k, i), 'name', vv);
      if (name.kind !== 'string') return wrongType(`${valueWhere(k, i)}.name`, 'a string', name);
      const type = vm.get('type');
      if (type === undefined) return missing(valueWhere(k, i), 'type', vv);
      if (type.kind !== 'number') return wrongType(`${valueWhere(k, i)}.type`, 'a number', type);
      const t = type.num;
      if (!(Math.floor(t) === t && t >= 0 && t <= 4294967295)) {
        return shapeError(`${W2D1326}: ${valueWhere(k, i)}.type must be an integer in 0..4294967295`, positionOf(type));
      }
      const hex = vm.get('hex');
      if (hex === undefined) return missing(valueWhere(k, i), 'hex', vv);
      if (hex.kind !== 'string') return wrongType(`${valueWhere(k, i)}.hex`, 'a string', hex);
      const h = hex.str;
      if (h.length % 2 !== 0) {
        return shapeError(`${W2D1325}: ${valueWhere(k, i)}.hex has an odd number of digits (${h.length})`, positionOf(hex));
      }
      const value: RegistryValue = { name: name.str, type: t, data: empty };
      hexList.push(h);
      hexPos.push(hex.pos ?? 0);
      hexKey.push(k);
      hexValue.push(i);
      hexTarget.push(value);
      values.push(value);
    }
    keys.push({ path: path.str, values });
  }
  return { keys, meta, error: '', pos: -1 };
}

const HEX_DIGITS: string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

function withoutHexDigits(s: string): string {
  let r = s;
  for (const d of HEX_DIGITS) {
    if (r === '') break;
    r = r.replaceAll(d, '');
  }
  return r;
}

/** The first hex string that is not lower-case hex digits ({ error: '' } when all are). */
function firstBadHex(hexes: HexList): { error: string; pos: number } {
  const list = hexes.hex;
  if (list.length === 0) return { error: '', pos: -1 };
  if (withoutHexDigits(list.join('')) === '') return { error: '', pos: -1 };
  for (let i = 0; i < list.length; i++) {
    const h = list[i];
    const rest = withoutHexDigits(h);
    if (rest !== '') {
      const index = h.indexOf(rest.charAt(0));
      const code = rest.charCodeAt(0);
      let shown = `'${rest.charAt(0)}'`;
      if (code < 32 || code > 126) shown = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      const where = valueWhere(hexes.key[i], hexes.value[i]);
      return { error: `${W2D1325}: ${where}.hex has ${shown} at index ${index} (only lower-case hex digits 0-9 a-f)`, pos: hexes.pos[i] };
    }
  }
  return { error: '', pos: -1 };
}
