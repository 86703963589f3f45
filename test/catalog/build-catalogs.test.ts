/**
 * buildCatalogs on hand-made snapshots: path spellings and control sets, merged duplicate keys,
 * implied parent keys, Current_*_Catalog indirection, and every decode problem reported (never
 * thrown) with its W2D11xx id, catalog and key.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../src/core/catalog/build-catalogs.js';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../../src/core/model/registry.js';
import { REG_BINARY, REG_DWORD, REG_SZ } from '../../src/core/model/registry.js';
import { healthyMachine, XP_SP2_TCPIP, WIN10_X64 } from '../fixtures/build/profiles.js';
import { renderMachine } from '../fixtures/build/machine.js';
import { binaryValue, encodeDwordValue, encodeStringValue } from '../../src/core/formats/packed/registry-values.js';

const CCS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet';
const xp = (): RegistrySnapshot => renderMachine(healthyMachine(XP_SP2_TCPIP));
const win10 = (): RegistrySnapshot => renderMachine(healthyMachine(WIN10_X64));
const rename = (s: RegistrySnapshot, prefix: string): RegistrySnapshot => ({
  keys: s.keys.map((k) => ({ path: prefix + k.path.slice(CCS.length), values: k.values })),
});
const summary = (s: RegistrySnapshot) => {
  const c = buildCatalogs(s, 'test');
  return { entries: c.protocolEntries.length, ns: c.nameSpaceEntries.length, headers: c.headers.map((h) => h.catalog), issues: c.decodeIssues.map((i) => i.id) };
};
const key = (s: RegistrySnapshot, suffix: string): RegistryKey => {
  const k = s.keys.find((x) => x.path.endsWith(suffix));
  if (!k) throw new Error(`no key ${suffix}`);
  return k;
};
const ids = (s: RegistrySnapshot) => buildCatalogs(s, 'test').decodeIssues.map((i) => [i.id, i.catalog, i.key]);

describe('key path spellings', () => {
  const expected = { entries: 10, ns: 3, headers: ['Protocol32', 'NameSpace32'], issues: [] };
  it.each([
    ['HKLM\\SYSTEM\\CurrentControlSet'],
    ['HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001'],
    ['hkey_local_machine\\system\\controlset002'],
    ['\\ControlSet001'],
    ['HKEY_LOCAL_MACHINE\\OFFLINE_SYSTEM\\ControlSet001'],
    [''],
  ])('finds the catalogs under %j', (prefix) => {
    const s = prefix === '' ? { keys: xp().keys.map((k) => ({ path: k.path.slice(CCS.length + 1), values: k.values })) } : rename(xp(), prefix);
    expect(summary(s)).toEqual(expected);
  });
  it('matches key and value names case-insensitively and keeps the source spelling', () => {
    const s = xp();
    const lower: RegistrySnapshot = {
      keys: s.keys.map((k) => ({ path: k.path.toLowerCase(), values: k.values.map((v) => ({ ...v, name: v.name.toUpperCase() })) })),
    };
    const c = buildCatalogs(lower, 'test');
    expect(c.protocolEntries.length).toBe(10);
    expect(c.headers[0].entriesKeyPath).toBe(`${CCS}\\services\\winsock2\\parameters\\protocol_catalog9\\catalog_entries`.toLowerCase());
    expect(c.parameters[0].name).toBe('AUTODIALDLL');
  });
});

describe('control sets', () => {
  it('prefers CurrentControlSet and reports the others (W2D1123)', () => {
    const s: RegistrySnapshot = { keys: [...rename(win10(), 'HKLM\\SYSTEM\\ControlSet002').keys, ...xp().keys] };
    const c = buildCatalogs(s, 'test');
    expect(c.protocolEntries.length).toBe(10);
    expect(c.decodeIssues.map((i) => i.id)).toEqual(['W2D1123']);
    expect(c.decodeIssues[0].message).toContain('CurrentControlSet was used');
  });
  it('uses the first control set met when there is no CurrentControlSet', () => {
    const s: RegistrySnapshot = { keys: [...rename(win10(), 'HKLM\\SYSTEM\\ControlSet002').keys, ...rename(xp(), 'HKLM\\SYSTEM\\ControlSet001').keys] };
    const c = buildCatalogs(s, 'test');
    expect(c.protocolEntries.length).toBe(28);
    expect(c.decodeIssues[0].message).toContain('ControlSet002 was used');
  });
  it('ignores keys outside Services\\WinSock2 and Services\\Winsock', () => {
    const s = xp();
    s.keys.push({ path: `${CCS}\\Services\\Tcpip\\Parameters`, values: [encodeDwordValue('x', 1)] });
    expect(summary(s).issues).toEqual([]);
    // A control set under any hive name counts (offline hives are loaded under names like OFFLINE).
    s.keys.push({ path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ControlSet001\\Services\\WinSock2', values: [] });
    expect(summary(s).issues).toEqual(['W2D1123']);
  });
});

describe('structure', () => {
  it('reports a source without WinSock2\\Parameters (W2D1120) and still reads the legacy key', () => {
    const s: RegistrySnapshot = { keys: xp().keys.filter((k) => !k.path.includes('WinSock2')) };
    const c = buildCatalogs(s, 'test');
    expect(c.decodeIssues.map((i) => i.id)).toEqual(['W2D1120']);
    expect(c.legacyTransports).toEqual(['Tcpip']);
    expect(c.headers).toEqual([]);
    expect(buildCatalogs({ keys: [] }, 'empty').decodeIssues.map((i) => i.id)).toEqual(['W2D1120']);
  });
  it('finds entries whose parent keys the source does not list', () => {
    const s: RegistrySnapshot = { keys: xp().keys.filter((k) => !k.path.endsWith('Protocol_Catalog9') && !k.path.endsWith('Catalog_Entries') && !k.path.endsWith('Parameters')) };
    const c = buildCatalogs(s, 'test');
    expect(c.protocolEntries.length).toBe(10);
    expect(c.headers[0].numCatalogEntries).toBeNull();
    expect(c.headers[0].entriesKeyPath).toBeUndefined();
    expect(c.legacyTransports).toBeNull();
  });
  it('follows Current_Protocol_Catalog to another key, and reports one that is absent (W2D1121)', () => {
    const s = xp();
    for (const k of s.keys) k.path = k.path.replace('Protocol_Catalog9', 'Protocol_Catalog10');
    const params = key(s, '\\WinSock2\\Parameters');
    params.values = params.values.map((v) => (v.name === 'Current_Protocol_Catalog' ? encodeStringValue(v.name, 'Protocol_Catalog10', false) : v));
    expect(summary(s)).toEqual({ entries: 10, ns: 3, headers: ['Protocol32', 'NameSpace32'], issues: [] });
    params.values = params.values.map((v) => (v.name === 'Current_Protocol_Catalog' ? encodeStringValue(v.name, 'Protocol_Catalog11', false) : v));
    expect(summary(s)).toEqual({ entries: 0, ns: 3, headers: ['NameSpace32'], issues: ['W2D1121'] });
  });
  it('merges a key listed twice (W2D1122), later values winning', () => {
    const s = xp();
    const pc = key(s, '\\Protocol_Catalog9');
    s.keys.push({ path: pc.path.toUpperCase(), values: [encodeDwordValue('Num_Catalog_Entries', 99)] });
    const c = buildCatalogs(s, 'test');
    expect(c.headers[0].numCatalogEntries).toBe(99);
    expect(c.headers[0].nextCatalogEntryId).toBe(1011);
    expect(c.decodeIssues.map((i) => i.id)).toEqual(['W2D1122']);
  });
  it('lists other subkeys of a catalog key (a stale writer-lock key)', () => {
    const s = xp();
    s.keys.push({ path: `${key(s, '\\Protocol_Catalog9').path}\\0000000C`, values: [] });
    const c = buildCatalogs(s, 'test');
    expect(c.headers[0].otherSubkeys).toEqual(['0000000C']);
    expect(c.headers[1].otherSubkeys).toBeUndefined();
  });
  it('keeps entry order and key names as the source has them', () => {
    const s = xp();
    const i1 = s.keys.findIndex((k) => k.path.endsWith('Catalog_Entries\\000000000001') && k.path.includes('Protocol'));
    const [first] = s.keys.splice(i1, 1);
    s.keys.push({ ...first, path: first.path.replace('000000000001', '1') });
    const c = buildCatalogs(s, 'test');
    expect(c.headers[0].entryKeys.slice(-2)).toEqual(['000000000010', '1']);
    expect(c.protocolEntries.at(-1)?.protocolName).toBe('MSAFD Tcpip [TCP/IP]');
  });
});

describe('damaged values are reported, never thrown', () => {
  const entryKey = (s: RegistrySnapshot, n: number, cat = 'Protocol_Catalog9\\Catalog_Entries'): RegistryKey => key(s, `${cat}\\${String(n).padStart(12, '0')}`);
  it('a PackedCatalogItem that is not REG_BINARY (W2D1104) is decoded anyway', () => {
    const s = xp();
    const k = entryKey(s, 1);
    k.values = k.values.map((v): RegistryValue => ({ ...v, type: REG_SZ }));
    const c = buildCatalogs(s, 'test');
    expect(ids(s)).toEqual([['W2D1104', 'Protocol32', '000000000001']]);
    expect(c.protocolEntries[0].protocolName).toBe('MSAFD Tcpip [TCP/IP]');
  });
  it('empty, garbage and oversized items', () => {
    const s = xp();
    entryKey(s, 1).values = [binaryValue('PackedCatalogItem', new Uint8Array(0))];
    entryKey(s, 2).values = [binaryValue('PackedCatalogItem', new Uint8Array(888).fill(0xff))];
    const big = new Uint8Array(1000);
    big.set(entryKey(s, 3).values[0].data);
    entryKey(s, 3).values = [binaryValue('PackedCatalogItem', big)];
    expect(ids(s)).toEqual([
      ['W2D1101', 'Protocol32', '000000000001'],
      ['W2D1105', 'Protocol32', '000000000002'],
      ['W2D1106', 'Protocol32', '000000000002'],
      ['W2D1107', 'Protocol32', '000000000002'],
      ['W2D1102', 'Protocol32', '000000000003'],
    ]);
    const c = buildCatalogs(s, 'test');
    expect(c.protocolEntries.map((e) => e.itemSize).slice(0, 3)).toEqual([0, 888, 1000]);
    expect(c.protocolEntries[1].chainLen).toBe(-1);
  });
  it('counters of the wrong type or size (W2D1110)', () => {
    const s = win10();
    key(s, '\\Protocol_Catalog9').values = [
      { name: 'Num_Catalog_Entries', type: REG_SZ, data: new Uint8Array([0x31, 0, 0, 0]) },
      { name: 'Num_Catalog_Entries64', type: REG_DWORD, data: new Uint8Array([14]) },
      encodeDwordValue('Next_Catalog_Entry_ID', 1015),
    ];
    const c = buildCatalogs(s, 'test');
    expect(c.headers.slice(0, 2).map((h) => [h.catalog, h.numCatalogEntries, h.nextCatalogEntryId, h.serialAccessNum])).toEqual([
      ['Protocol64', null, 1015, null],
      ['Protocol32', 0x31, 1015, null],
    ]);
    expect(c.decodeIssues.map((i) => [i.id, i.catalog])).toEqual([
      ['W2D1110', 'Protocol32'],
      ['W2D1110', 'Protocol64'],
    ]);
  });
  it('name-space entries: missing values (W2D1112), a short ProviderId (W2D1113), a string as DWORD (W2D1110)', () => {
    const s = xp();
    const k = entryKey(s, 1, 'NameSpace_Catalog5\\Catalog_Entries');
    k.values = k.values
      .filter((v) => v.name !== 'LibraryPath' && v.name !== 'Version')
      .map((v) => (v.name === 'ProviderId' ? { ...v, data: v.data.slice(0, 8) } : v.name === 'Enabled' ? encodeStringValue('Enabled', 'on', false) : v));
    const c = buildCatalogs(s, 'test');
    const e = c.nameSpaceEntries[0];
    expect(e.missingValues).toEqual(['LibraryPath', 'Version']);
    expect([e.libraryPath, e.providerId, e.enabled, e.version, e.nameSpace]).toEqual(['', '', false, 0, 12]);
    expect(ids(s)).toEqual([
      ['W2D1113', 'NameSpace32', '000000000001'],
      ['W2D1110', 'NameSpace32', '000000000001'],
      ['W2D1112', 'NameSpace32', '000000000001'],
    ]);
  });
  it('a Transports value that is not REG_MULTI_SZ (W2D1115)', () => {
    const s = xp();
    key(s, '\\Winsock\\Parameters').values = [{ name: 'Transports', type: REG_BINARY, data: new Uint8Array([1, 2]) }];
    const c = buildCatalogs(s, 'test');
    expect(c.legacyTransports).toBeNull();
    expect(ids(s)).toEqual([['W2D1115', null, null]]);
  });
  it('a ProtocolName that is not a string (W2D1111)', () => {
    const s = win10();
    entryKey(s, 2, 'Protocol_Catalog9\\Catalog_Entries64').values.push(encodeDwordValue('ProtocolName', 5));
    const c = buildCatalogs(s, 'test');
    expect(ids(s)).toEqual([['W2D1111', 'Protocol64', '000000000002']]);
    expect(c.protocolEntries[1].displayName).toBe('\u0005');
  });
});
