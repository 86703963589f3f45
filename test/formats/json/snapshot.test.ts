/**
 * The versioned snapshot document in Node: byte-exact round trips, the document checked against an
 * independent construction with JSON.stringify, reading errors with their IDs, forward
 * compatibility, the committed fixtures and the README example.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  regTypeName,
  snapshotFromJson,
  snapshotToJson,
  snapshotToJsonValue,
  trySnapshotFromJson,
  type SnapshotMeta,
} from '../../../src/core/formats/json/snapshot.js';
import { writeJson } from '../../../src/core/formats/json/write.js';
import type { RegistrySnapshot, RegistryValue } from '../../../src/core/model/registry.js';
import { makeSmallSnapshot, makeSnapshot } from './snippets/gen-snapshot.js';
import { FIXTURE_META, JSON_FIXTURES, SNAPSHOT_FIXTURES, generatedFixture } from './snippets/fixture-list.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures/json');
const REPO = path.resolve(__dirname, '../../..');
const META: SnapshotMeta = { source: 'C:\\backups\\pc "7".json', computerName: 'PC-Ü', timeUtc: '2026-11-25T12:00:00.000Z', toolVersion: '0.1.0' };

const NAMES = ['REG_NONE', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_DWORD', 'REG_DWORD_BIG_ENDIAN', 'REG_LINK', 'REG_MULTI_SZ',
  'REG_RESOURCE_LIST', 'REG_FULL_RESOURCE_DESCRIPTOR', 'REG_RESOURCE_REQUIREMENTS_LIST', 'REG_QWORD'];

/** The `text` of a value computed independently of the implementation (Buffer and BigInt). */
function expectedText(v: RegistryValue): unknown {
  const b = Buffer.from(v.data);
  const utf16 = (buf: Buffer) => buf.subarray(0, buf.length - (buf.length % 2)).toString('utf16le');
  if (v.type === 1 || v.type === 2) return utf16(b).split('\0')[0];
  if (v.type === 7) {
    const parts = utf16(b).split('\0');
    const end = parts.indexOf('');
    return end < 0 ? parts : parts.slice(0, end);
  }
  if (v.type === 4 && b.length === 4) {
    const n = b.readUInt32LE(0);
    return `0x${n.toString(16).padStart(8, '0')} (${n})`;
  }
  if (v.type === 11 && b.length === 8) {
    const n = b.readBigUInt64LE(0);
    return `0x${n.toString(16).padStart(16, '0')} (${n})`;
  }
  return undefined;
}

/** The document built with plain JS and JSON.stringify: the reference for snapshotToJson. */
function referenceText(s: RegistrySnapshot, meta: SnapshotMeta): string {
  const doc = {
    format: 'winsock2doctor-registry-snapshot',
    version: 1,
    ...meta,
    keys: s.keys.map((k) => ({
      path: k.path,
      values: k.values.map((v) => ({
        name: v.name,
        type: v.type,
        typeName: v.type < 12 ? NAMES[v.type] : `REG_UNKNOWN(0x${v.type.toString(16)})`,
        hex: Buffer.from(v.data).toString('hex'),
        text: expectedText(v),
      })),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function bytes(...b: number[]): Uint8Array {
  return new Uint8Array(b);
}

function utf16z(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s + '\0', 'utf16le'));
}

/** Values of every type and size the `text` rules distinguish. */
function edgeSnapshot(): RegistrySnapshot {
  const values: RegistryValue[] = [];
  for (let t = 0; t <= 12; t++) values.push({ name: `t${t}`, type: t, data: bytes(1, 0, 0, 0) });
  values.push(
    { name: '', type: 1, data: new Uint8Array(0) },
    { name: 'sz without NUL', type: 1, data: new Uint8Array(Buffer.from('abc', 'utf16le')) },
    { name: 'sz odd length', type: 2, data: bytes(0x61, 0, 0x62) },
    { name: 'sz after NUL', type: 1, data: new Uint8Array(Buffer.from('a\0hidden\0', 'utf16le')) },
    { name: 'sz lone surrogate', type: 1, data: bytes(0x00, 0xd8, 0x41, 0x00, 0, 0) },
    { name: 'multi empty', type: 7, data: bytes(0, 0) },
    { name: 'multi no data', type: 7, data: new Uint8Array(0) },
    { name: 'multi regular', type: 7, data: new Uint8Array(Buffer.from('one\0two\0\0', 'utf16le')) },
    { name: 'multi unterminated', type: 7, data: new Uint8Array(Buffer.from('one\0two', 'utf16le')) },
    { name: 'multi empty inside', type: 7, data: new Uint8Array(Buffer.from('a\0\0b\0\0', 'utf16le')) },
    { name: 'dword max', type: 4, data: bytes(255, 255, 255, 255) },
    { name: 'dword short', type: 4, data: bytes(1, 2, 3) },
    { name: 'dword long', type: 4, data: bytes(1, 2, 3, 4, 5) },
    { name: 'qword max', type: 11, data: bytes(255, 255, 255, 255, 255, 255, 255, 255) },
    { name: 'qword 2^53+1', type: 11, data: bytes(1, 0, 0, 0, 0, 0, 0x20, 0) },
    { name: 'qword 10^16', type: 11, data: new Uint8Array(new BigUint64Array([10_000_000_000_000_000n]).buffer) },
    { name: 'qword short', type: 11, data: bytes(1) },
    { name: 'big type', type: 4294967295, data: bytes(0xde, 0xad) },
    { name: 'type 0x20000', type: 0x20000, data: new Uint8Array(0) },
    { name: 'dup', type: 3, data: bytes(1) },
    { name: 'dup', type: 3, data: bytes(2) },
    { name: 'ctl \u0000\u0001\n\t "q" \\ \ud800 \udc00 😀', type: 1, data: utf16z('x\u0001\n"\\') },
  );
  return { keys: [{ path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\T', values }, { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\T', values: [] }, { path: 'x', values: [] }] };
}

function errorOf(text: string): string {
  const r = trySnapshotFromJson(text);
  expect(r.ok, 'expected an error').toBe(false);
  expect(() => snapshotFromJson(text)).toThrow(r.error);
  return r.error;
}

const SMALL = snapshotToJson(makeSmallSnapshot(), META);

describe('snapshotToJson', () => {
  const cases: [string, RegistrySnapshot][] = [
    ['small', makeSmallSnapshot()],
    ['edge values', edgeSnapshot()],
    ['generated with odd values', makeSnapshot(3, 9, 3, true)],
    ['generated catalog', makeSnapshot(8, 20, 6, false)],
    ['empty', { keys: [] }],
  ];

  it.each(cases)('writes what JSON.stringify writes for the same document (%s)', (_name, snap) => {
    expect(snapshotToJson(snap, META)).toBe(referenceText(snap, META));
    expect(writeJson(snapshotToJsonValue(snap, META), 2) + '\n').toBe(snapshotToJson(snap, META));
  });

  it.each(cases)('round-trips byte for byte (%s)', (_name, snap) => {
    const text = snapshotToJson(snap, META);
    const back = snapshotFromJson(text);
    expect(back.meta).toEqual(META);
    expect(back.snapshot.keys.length).toBe(snap.keys.length);
    back.snapshot.keys.forEach((k, i) => {
      expect(k.path).toBe(snap.keys[i].path);
      expect(k.values.map((v) => [v.name, v.type, Buffer.from(v.data).toString('hex')])).toEqual(
        snap.keys[i].values.map((v) => [v.name, v.type, Buffer.from(v.data).toString('hex')]),
      );
      for (const v of k.values) expect(v.data).toBeInstanceOf(Uint8Array);
    });
    expect(snapshotToJson(back.snapshot, back.meta)).toBe(text);
  });

  it('names types like the schema says', () => {
    NAMES.forEach((n, i) => expect(regTypeName(i)).toBe(n));
    expect(regTypeName(12)).toBe('REG_UNKNOWN(0xc)');
    expect(regTypeName(0xffffffff)).toBe('REG_UNKNOWN(0xffffffff)');
  });

  it('refuses what it cannot write (W2D1330)', () => {
    const v = (type: number): RegistrySnapshot => ({ keys: [{ path: 'p', values: [{ name: 'n', type, data: bytes() }] }] });
    expect(() => snapshotToJson({ keys: [{ path: '', values: [] }] }, META)).toThrow(/^W2D1330: a key has an empty path$/);
    for (const t of [-1, 1.5, 4294967296, NaN, Infinity]) expect(() => snapshotToJson(v(t), META)).toThrow(/^W2D1330: /);
  });

  it('starts with format and version and ends with a newline', () => {
    expect(SMALL.startsWith(`{\n  "format": "${SNAPSHOT_FORMAT}",\n  "version": ${SNAPSHOT_VERSION},\n`)).toBe(true);
    expect(SMALL.endsWith('}\n')).toBe(true);
  });
});

describe('snapshotFromJson', () => {
  it('rejects documents that are not a version-1 snapshot, with ID and position', () => {
    const cases: [string, string][] = [
      ['[]', 'W2D1320: not a Winsock2Doctor registry snapshot (the document is an array, not an object) at line 1, column 1'],
      ['{"keys": []}', 'W2D1320: not a Winsock2Doctor registry snapshot ("format" must be "winsock2doctor-registry-snapshot") at line 1, column 1'],
      [SMALL.replace(SNAPSHOT_FORMAT, 'winsock2doctor-backup'), 'W2D1320: not a Winsock2Doctor registry snapshot ("format" must be "winsock2doctor-registry-snapshot") at line 2, column 13'],
      [SMALL.replace('"version": 1', '"version": 2'), 'W2D1321: the snapshot has format version 2; this Winsock2Doctor reads version 1 (a newer Winsock2Doctor wrote it) at line 3, column 14'],
      [SMALL.replace('"version": 1', '"version": 17'), 'W2D1321: the snapshot has format version 17; this Winsock2Doctor reads version 1 (a newer Winsock2Doctor wrote it) at line 3, column 14'],
      [SMALL.replace('"version": 1,', ''), 'W2D1323: the document has no "version" at line 1, column 1'],
      [SMALL.replace('"version": 1', '"version": "1"'), 'W2D1322: "version" must be a positive integer at line 3, column 14'],
      [SMALL.replace('"version": 1', '"version": 1.5'), 'W2D1322: "version" must be a positive integer at line 3, column 14'],
      [SMALL.replace('"version": 1', '"version": 0'), 'W2D1322: "version" must be a positive integer at line 3, column 14'],
      [SMALL.replace('"version": 1', '"version": 1e999'), 'W2D1322: "version" must be a positive integer at line 3, column 14'],
      [SMALL.replace('"computerName"', '"computer"'), 'W2D1323: the document has no "computerName" at line 1, column 1'],
      [SMALL.replace('"toolVersion": "0.1.0"', '"toolVersion": 1'), 'W2D1324: "toolVersion" must be a string, not a number at line 7, column 18'],
      [SMALL.replace('"keys": [', '"keys": {"x": 1}, "k": ['), 'W2D1324: "keys" must be an array, not an object at line 8, column 11'],
      [SMALL.replace('"keys": [', '"keys": [7, '), 'W2D1324: keys[0] must be an object, not a number at line 8, column 12'],
      [SMALL.replace('"path": "', '"path": "", "p": "'), 'W2D1324: keys[0].path must not be empty at line 10, column 15'],
      [SMALL.replace('"path": "', '"p": "'), 'W2D1323: keys[0] has no "path" at line 9, column 5'],
      [SMALL.replace('"values": [', '"values": null, "v": ['), 'W2D1324: keys[0].values must be an array, not null at line 11, column 17'],
      [SMALL.replace('"name": "Serial_Access_Num"', '"name": 5'), 'W2D1324: keys[0].values[0].name must be a string, not a number at line 13, column 19'],
      [SMALL.replace('"type": 4,', '"type": 4.5,'), 'W2D1326: keys[0].values[0].type must be an integer in 0..4294967295 at line 14, column 19'],
      [SMALL.replace('"type": 4,', '"type": 4294967296,'), 'W2D1326: keys[0].values[0].type must be an integer in 0..4294967295 at line 14, column 19'],
      [SMALL.replace('"type": 4,', '"type": -4,'), 'W2D1326: keys[0].values[0].type must be an integer in 0..4294967295 at line 14, column 19'],
      [SMALL.replace('"type": 4,', '"type": "4",'), 'W2D1324: keys[0].values[0].type must be a number, not a string at line 14, column 19'],
      [SMALL.replace('"hex": "15000000"', '"hex": "1500000"'), 'W2D1325: keys[0].values[0].hex has an odd number of digits (7) at line 16, column 18'],
      [SMALL.replace('"hex": "15000000"', '"hex": "15000A00"'), "W2D1325: keys[0].values[0].hex has 'A' at index 5 (only lower-case hex digits 0-9 a-f) at line 16, column 18"],
      [SMALL.replace('"hex": "15000000"', '"hex": "1500 000"'), "W2D1325: keys[0].values[0].hex has ' ' at index 4 (only lower-case hex digits 0-9 a-f) at line 16, column 18"],
      [SMALL.replace('"hex": "15000000"', '"hexdata": "15000000"'), 'W2D1323: keys[0].values[0] has no "hex" at line 12, column 9'],
      [SMALL.replace('"Serial_Access_Num",', '"Serial_Access_Num", "name": "again",'), 'W2D1310: duplicate member name "name" in an object at line 13, column 40'],
      [SMALL.slice(0, 500), 'W2D1308: unterminated string at line 17, column 11'],
    ];
    for (const [text, error] of cases) {
      expect(errorOf(text)).toBe(error);
    }
  });

  it('reports the first problem in document order (a bad hex before a later missing property)', () => {
    const text = SMALL.replace('"hex": "15000000"', '"hex": "XX000000"').replace('"name": "Multi"', '"nom": "Multi"');
    expect(errorOf(text)).toMatch(/^W2D1325: keys\[0\]\.values\[0\]\.hex has 'X' at index 0 /);
    const later = SMALL.replace('"name": "Serial_Access_Num"', '"nom": "x"').replace('"hex": "0100000002000000"', '"hex": "0100000002000Z00"');
    expect(errorOf(later)).toMatch(/^W2D1323: keys\[0\]\.values\[0\] has no "name" /);
  });

  it('ignores properties it does not know, typeName and text (forward compatible)', () => {
    const text = readFileSync(path.join(FIXTURES, 'snapshot-forward-compatible.json'), 'utf8');
    const back = snapshotFromJson(text);
    expect(snapshotToJson(back.snapshot, back.meta)).toBe(readFileSync(path.join(FIXTURES, 'snapshot-generated-small.json'), 'utf8'));
    const minimal = '{"format":"winsock2doctor-registry-snapshot","version":1,"source":"","computerName":"","timeUtc":"","toolVersion":"","keys":[{"path":"k","values":[{"name":"","type":3,"hex":""}]}],"later":true}';
    expect(snapshotFromJson(minimal).snapshot).toEqual({ keys: [{ path: 'k', values: [{ name: '', type: 3, data: new Uint8Array(0) }] }] });
  });

  it('reads the example of schema/README.md and writes it again unchanged', () => {
    const readme = readFileSync(path.join(REPO, 'schema/README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)![1];
    const back = snapshotFromJson(example);
    expect(Buffer.from(back.snapshot.keys[0].values[0].data).toString('utf16le')).toBe('Protocol_Catalog9\0');
    expect(snapshotToJson(back.snapshot, back.meta)).toBe(example);
  });
});

describe('test/fixtures/json', () => {
  it('holds exactly the files the fixture list names', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...JSON_FIXTURES, ...SNAPSHOT_FIXTURES].sort());
    expect(JSON_FIXTURES.every((f) => f.startsWith('valid-') || f.startsWith('invalid-'))).toBe(true);
  });

  it('the generated snapshots equal what the generator writes now (UPDATE_JSON_FIXTURES=1 rewrites them)', () => {
    for (const name of SNAPSHOT_FIXTURES.filter((f) => f.startsWith('snapshot-generated-'))) {
      const text = snapshotToJson(generatedFixture(name), FIXTURE_META);
      if (process.env.UPDATE_JSON_FIXTURES === '1') writeFileSync(path.join(FIXTURES, name), text, 'utf8');
      expect(readFileSync(path.join(FIXTURES, name), 'utf8'), name).toBe(text);
    }
  });

  it('valid-* parse and invalid-* fail, in agreement with JSON.parse except the documented differences', () => {
    for (const name of JSON_FIXTURES) {
      const text = readFileSync(path.join(FIXTURES, name), 'utf8');
      const r = trySnapshotFromJson(text);
      const documented = name === 'invalid-duplicate-key.json' || name === 'invalid-nesting-257.json';
      let js = true;
      try {
        JSON.parse(text);
      } catch {
        js = false;
      }
      expect(js, name).toBe(name.startsWith('valid-') || documented);
      if (name.startsWith('invalid-')) expect(r.error, name).toMatch(/^W2D13(0\d|1[0-2]): .* at line \d+, column \d+$/);
      else expect(r.error, name).toMatch(/^W2D1320: /);
    }
  });
});
