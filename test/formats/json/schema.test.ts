/**
 * schema/winsock2doctor-registry-snapshot.v1.schema.json (JSON Schema 2020-12, checked with Ajv in
 * strict mode): every document the writer produces is valid; broken documents are not; and the
 * reader agrees with the schema (what the schema accepts, the reader reads; what the reader rejects
 * for its shape, the schema rejects).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { snapshotToJson, trySnapshotFromJson } from '../../../src/core/formats/json/snapshot.js';
import type { RegistrySnapshot, RegistryValue } from '../../../src/core/model/registry.js';
import { makeSmallSnapshot, makeSnapshot } from './snippets/gen-snapshot.js';
import { FIXTURE_META, SNAPSHOT_FIXTURES } from './snippets/fixture-list.js';
import { makeSnapshotFuzzCases, snapshotSeeds } from './snippets/fuzz-gen.js';

const REPO = path.resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(REPO, 'schema/winsock2doctor-registry-snapshot.v1.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

function valid(text: string): boolean {
  return validate(JSON.parse(text)) === true;
}

function errors(): string {
  return ajv.errorsText(validate.errors);
}

/** Every type 0..12 and beyond, with data sizes that give or withhold `text`. */
function allTypes(): RegistrySnapshot {
  const values: RegistryValue[] = [];
  const sizes = [0, 1, 2, 3, 4, 5, 8, 9];
  for (const type of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 255, 0x4000, 0x7fffffff, 0xffffffff]) {
    for (const size of sizes) {
      const data = new Uint8Array(size);
      for (let i = 0; i < size; i++) data[i] = (i * 37 + type) & 0xff;
      values.push({ name: `${type}/${size}`, type, data });
    }
  }
  values.push({ name: 'multi', type: 7, data: new Uint8Array(Buffer.from('a\0b\0\0', 'utf16le')) });
  return { keys: [{ path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\AllTypes', values }, { path: '\\', values: [] }] };
}

describe('the v1 schema', () => {
  it('accepts every document the writer produces', () => {
    const docs = [
      snapshotToJson(makeSmallSnapshot(), FIXTURE_META),
      snapshotToJson(allTypes(), FIXTURE_META),
      snapshotToJson({ keys: [] }, { source: '', computerName: '', timeUtc: '', toolVersion: '' }),
    ];
    for (let seed = 1; seed <= 12; seed++) docs.push(snapshotToJson(makeSnapshot(seed, seed % 5, seed % 3, seed % 2 === 0), FIXTURE_META));
    for (const text of docs) expect(valid(text), errors()).toBe(true);
  });

  it('accepts the written and the forward-compatible fixtures, rejects the broken ones', () => {
    const expected: Record<string, boolean> = {
      'snapshot-bad-hex.json': false,
      'snapshot-bad-type.json': false,
      'snapshot-forward-compatible.json': false, // typeName edited by hand: readers ignore it, the schema does not
      'snapshot-generated-odd.json': true,
      'snapshot-generated-small.json': true,
      'snapshot-missing-keys.json': false,
      'snapshot-newer-version.json': false,
      'snapshot-wrong-format.json': false,
    };
    for (const name of SNAPSHOT_FIXTURES) {
      expect(valid(readFileSync(path.join(REPO, 'test/fixtures/json', name), 'utf8')), name).toBe(expected[name]);
    }
  });

  it('rejects documents that break a rule of the format', () => {
    const small = snapshotToJson(makeSmallSnapshot(), FIXTURE_META);
    const broken: [string, string, string][] = [
      ['format', SNAPSHOT_FORMAT_VALUE, '"other"'],
      ['version', '"version": 1', '"version": 2'],
      ['version type', '"version": 1', '"version": "1"'],
      ['missing source', '"source": ', '"src": '],
      ['upper-case hex', '"hex": "15000000"', '"hex": "15000A00"'],
      ['odd hex', '"hex": "15000000"', '"hex": "1500000"'],
      ['negative type', '"type": 4,', '"type": -4,'],
      ['fractional type', '"type": 4,', '"type": 4.5,'],
      ['type too big', '"type": 4,', '"type": 4294967296,'],
      ['typeName of another type', '"typeName": "REG_DWORD"', '"typeName": "REG_SZ"'],
      ['unknown typeName', '"typeName": "REG_DWORD"', '"typeName": "DWORD"'],
      ['missing typeName', '"typeName": "REG_DWORD",', ''],
      ['REG_UNKNOWN with a leading zero', '"typeName": "REG_UNKNOWN(0x2a)"', '"typeName": "REG_UNKNOWN(0x02a)"'],
      ['DWORD text', '"text": "0x00000015 (21)"', '"text": "21"'],
      ['MULTI_SZ text not an array', '"text": [\n            "one",\n            "two"\n          ]', '"text": "one two"'],
      ['SZ text not a string', '"text": "default \\"quoted\\" \\\\ value"', '"text": 1'],
      ['empty path', '"path": "HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\WinSock2\\\\Parameters\\\\Protocol_Catalog9"', '"path": ""'],
      ['values not an array', '"values": []', '"values": {}'],
    ];
    for (const [what, from, to] of broken) {
      const text = small.replace(from, to);
      expect(text, what).not.toBe(small);
      expect(valid(text), what).toBe(false);
    }
  });

  it('agrees with the reader on 1500 reshaped and mutated documents', () => {
    let checked = 0;
    const bad: string[] = [];
    for (const text of makeSnapshotFuzzCases(snapshotSeeds(), 1500, 31337)) {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        continue;
      }
      const r = trySnapshotFromJson(text);
      if (!r.ok && /^W2D13(09|10)/.test(r.error)) continue; // limits of the JSON reader, not of the format
      checked++;
      const schemaOk = validate(doc) === true;
      if (schemaOk && !r.ok) bad.push(`schema accepts, reader says ${r.error}`);
      if (!r.ok && /^W2D132\d/.test(r.error) && schemaOk) bad.push(`reader rejects ${r.error}`);
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});

const SNAPSHOT_FORMAT_VALUE = '"winsock2doctor-registry-snapshot"';
