/**
 * Seeded, reproducible corrupted variants of the catalog fixtures (Node only). Each variant is a
 * fixture snapshot with 1 to 3 mutations drawn from MUTATIONS by a mulberry32 generator: keys and
 * values removed, PackedCatalogItem bytes damaged (IDs, chains, address family, path, truncation),
 * counters changed, chains broken, entry keys renamed or duplicated, value types changed, writer
 * locks, name-space entries disabled or made relative, legacy keys and AutodialDLL changed, Tcpip and
 * ProductOptions keys added. The same seed and count always give the same variants, byte for byte.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RegistrySnapshot, RegistryValue } from '../../src/core/model/registry.js';
import { binaryValue, encodeDwordValue, encodeMultiStringValue, encodeStringValue } from '../../src/core/formats/packed/registry-values.js';
import { repoRoot } from '../../tools/toolchain.js';
import { cloneSnapshot, readFixture } from '../checks/snapshot-edits.js';
import { mulberry32 } from '../mulberry32.js';

export const VARIANT_SEED = 0x5eed2026;

export interface Variant {
  name: string;
  /** The fixture it derives from and what was done to it. */
  base: string;
  mutations: string[];
  snapshot: RegistrySnapshot;
}


interface Rng {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(xs: T[]) => T;
}

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: T[]) => xs[int(xs.length)] };
}

const lower = (s: string) => s.toLowerCase();
const isEntryKey = (p: string) => /\\catalog_entries(64)?\\[^\\]+$/i.test(p);
const isProtocolEntry = (p: string) => /\\protocol_catalog9\\catalog_entries(64)?\\[^\\]+$/i.test(p);
const isNameSpaceEntry = (p: string) => /\\namespace_catalog5\\catalog_entries(64)?\\[^\\]+$/i.test(p);

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return b;
}

function setValue(values: RegistryValue[], v: RegistryValue): void {
  const at = values.findIndex((x) => lower(x.name) === lower(v.name));
  if (at < 0) values.push(v);
  else values[at] = v;
}

function keysWhere(s: RegistrySnapshot, test: (p: string) => boolean) {
  return s.keys.filter((k) => test(k.path));
}

function items(s: RegistrySnapshot) {
  const out: { values: RegistryValue[]; index: number; key: string }[] = [];
  for (const k of s.keys) {
    if (!isProtocolEntry(k.path)) continue;
    const index = k.values.findIndex((v) => v.name === 'PackedCatalogItem');
    if (index >= 0) out.push({ values: k.values, index, key: k.path });
  }
  return out;
}

/** Writes `bytes` into a copy of the item at `offset` (only within its length). */
function patchItem(r: Rng, s: RegistrySnapshot, offset: number, bytes: Uint8Array): string {
  const list = items(s);
  if (list.length === 0) return 'no item to patch';
  const it = r.pick(list);
  const data = it.values[it.index].data.slice();
  for (let i = 0; i < bytes.length && offset + i < data.length; i++) data[offset + i] = bytes[i];
  it.values[it.index] = { ...it.values[it.index], data };
  return `${it.key.split('\\').slice(-2).join('\\')} @0x${offset.toString(16)}`;
}

type Mutation = (r: Rng, s: RegistrySnapshot) => string;

function renameSubtree(s: RegistrySnapshot, from: string, to: string): void {
  const prefix = lower(from) + '\\';
  for (const k of s.keys) {
    if (lower(k.path) === lower(from)) k.path = to;
    else if (lower(k.path).startsWith(prefix)) k.path = to + k.path.slice(from.length);
  }
}

function parentOf(p: string): string {
  return p.slice(0, p.lastIndexOf('\\'));
}

const MUTATIONS: Record<string, Mutation> = {
  removeEntryKey: (r, s) => {
    const k = r.pick(keysWhere(s, isEntryKey));
    if (!k) return 'none';
    s.keys = s.keys.filter((x) => x !== k);
    return k.path.split('\\').slice(-2).join('\\');
  },
  removeAnyKey: (r, s) => {
    if (s.keys.length === 0) return 'none';
    const k = r.pick(s.keys);
    const prefix = lower(k.path) + '\\';
    const subtree = r.next() < 0.5;
    s.keys = s.keys.filter((x) => x !== k && !(subtree && lower(x.path).startsWith(prefix)));
    return `${k.path.split('\\').slice(-2).join('\\')}${subtree ? ' (subtree)' : ''}`;
  },
  removeValue: (r, s) => {
    const withValues = s.keys.filter((k) => k.values.length > 0);
    if (withValues.length === 0) return 'none';
    const k = r.pick(withValues);
    const v = r.pick(k.values);
    k.values = k.values.filter((x) => x !== v);
    return `${k.path.split('\\').pop()}:${v.name}`;
  },
  truncateItem: (r, s) => {
    const list = items(s);
    const it = r.pick(list);
    if (!it) return 'none';
    const lengths = [0, 1, 10, 259, 260, 264, 300, 887, 889, 1000];
    const n = r.pick(lengths);
    const old = it.values[it.index].data;
    const data = new Uint8Array(n);
    data.set(old.slice(0, Math.min(n, old.length)));
    it.values[it.index] = { ...it.values[it.index], data };
    return `length ${n}`;
  },
  randomItemBytes: (r, s) => {
    const list = items(s);
    const it = r.pick(list);
    if (!it) return 'none';
    const data = it.values[it.index].data.slice();
    const count = 1 + r.int(8);
    for (let i = 0; i < count; i++) data[r.int(data.length)] = r.int(256);
    it.values[it.index] = { ...it.values[it.index], data };
    return `${count} random bytes`;
  },
  catalogId: (r, s) => patchItem(r, s, 0x128, u32(r.pick([0, 1, 1000, 1001, 1002, 1005, 1016, 1017, 99999, 0xffffffff]))),
  chainLen: (r, s) => patchItem(r, s, 0x12c, u32(r.pick([0, 1, 2, 3, 7, 8, 0xffffffff, 100]))),
  chainEntry: (r, s) => patchItem(r, s, 0x130 + 4 * r.int(7), u32(r.pick([0, 1001, 1002, 1003, 1017, 1018, 4242]))),
  addressFamily: (r, s) => patchItem(r, s, 0x150, u32(r.pick([0, 1, 2, 6, 17, 23, 26, 32, 34]))),
  socketTypeProtocol: (r, s) => patchItem(r, s, r.pick([0x15c, 0x160]), u32(r.pick([0, 1, 2, 3, 5, 6, 17, 0x80000000]))),
  serviceFlags: (r, s) => patchItem(r, s, 0x104, u32(r.pick([0, 0x20000, 0x20026, 0x6, 0x22609]))),
  libraryPath: (r, s) => {
    const text = r.pick(['mswsock.dll', 'C:\\Windows\\System32\\webhdll.dll', '%SystemRoot%\\system32\\LavasoftTcpService64.dll', '', '%windir%\\x.dll', '\\\\srv\\share\\lsp.dll']);
    const bytes = new Uint8Array(260);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return `${patchItem(r, s, 0, bytes)} '${text}'`;
  },
  counter: (r, s) => {
    const catalogs = keysWhere(s, (p) => /\\(protocol_catalog9|namespace_catalog5)$/i.test(p));
    const k = r.pick(catalogs);
    if (!k) return 'none';
    const name = r.pick(['Num_Catalog_Entries', 'Num_Catalog_Entries64', 'Next_Catalog_Entry_ID', 'Serial_Access_Num']);
    const n = r.pick([0, 1, 5, 9, 10, 11, 13, 14, 15, 1001, 1015, 1020, 0xffffffff]);
    setValue(k.values, encodeDwordValue(name, n));
    return `${name} = ${n}`;
  },
  counterType: (r, s) => {
    const catalogs = keysWhere(s, (p) => /\\(protocol_catalog9|namespace_catalog5)$/i.test(p));
    const k = r.pick(catalogs);
    if (!k) return 'none';
    const name = r.pick(['Num_Catalog_Entries', 'Next_Catalog_Entry_ID']);
    setValue(k.values, r.next() < 0.5 ? encodeStringValue(name, '14', false) : binaryValue(name, new Uint8Array([1, 2])));
    return `${name} retyped`;
  },
  renameEntryKey: (r, s) => {
    const k = r.pick(keysWhere(s, isEntryKey));
    if (!k) return 'none';
    const name = r.pick(['000000000099', '00000000001', '0000000000001', 'abcdefghijkl', '000000000000', '000000000001', '000000000002', '00000000000x']);
    renameSubtree(s, k.path, `${parentOf(k.path)}\\${name}`);
    return `-> ${name}`;
  },
  duplicateEntry: (r, s) => {
    const entries = keysWhere(s, isEntryKey);
    const k = r.pick(entries);
    if (!k) return 'none';
    const siblings = entries.filter((x) => parentOf(x.path) === parentOf(k.path)).length;
    const name = String(siblings + 1).padStart(12, '0');
    s.keys.push({ path: `${parentOf(k.path)}\\${name}`, values: k.values.map((v) => ({ ...v, data: v.data.slice() })) });
    return `copy as ${name}`;
  },
  swapEntries: (r, s) => {
    const entries = keysWhere(s, isEntryKey);
    if (entries.length === 0) return 'none';
    const a = r.pick(entries);
    const same = entries.filter((x) => parentOf(x.path) === parentOf(a.path) && x !== a);
    if (same.length === 0) return 'none';
    const b = r.pick(same);
    const t = a.values;
    a.values = b.values;
    b.values = t;
    return 'two entries swapped';
  },
  lockKey: (r, s) => {
    const catalogs = keysWhere(s, (p) => /\\(protocol_catalog9|namespace_catalog5)$/i.test(p));
    const k = r.pick(catalogs);
    if (!k) return 'none';
    const name = r.pick(['00000023', '0000000B', 'deadbeef', 'Temp', '1234567']);
    s.keys.push({ path: `${k.path}\\${name}`, values: [] });
    return name;
  },
  nameSpaceValue: (r, s) => {
    const k = r.pick(keysWhere(s, isNameSpaceEntry));
    if (!k) return 'none';
    const change = r.int(4);
    if (change === 0) setValue(k.values, encodeDwordValue('Enabled', 0));
    else if (change === 1) setValue(k.values, encodeStringValue('LibraryPath', r.pick(['mswsock.dll', '', 'C:\\Temp\\nsp.dll']), true));
    else if (change === 2) setValue(k.values, binaryValue('ProviderId', new Uint8Array([1, 2, 3])));
    else setValue(k.values, encodeDwordValue('SupportedNameSpace', r.pick([0, 12, 15, 32])));
    return `change ${change}`;
  },
  parameters: (r, s) => {
    const k = s.keys.find((x) => /\\winsock2\\parameters$/i.test(x.path));
    if (!k) return 'none';
    const change = r.int(3);
    if (change === 0) setValue(k.values, encodeStringValue('AutodialDLL', r.pick(['C:\\Windows\\in000.dll', '%SystemRoot%\\System32\\rasadhlp.dll', '']), false));
    else if (change === 1) setValue(k.values, encodeStringValue('Current_Protocol_Catalog', r.pick(['Protocol_Catalog8', 'protocol_catalog9', '']), false));
    else setValue(k.values, encodeStringValue('Current_NameSpace_Catalog', r.pick(['NameSpace_Catalog4', '']), false));
    return `change ${change}`;
  },
  legacy: (r, s) => {
    const k = s.keys.find((x) => /\\services\\winsock\\parameters$/i.test(x.path));
    if (!k) return 'none';
    const list = r.pick([[], ['NwlnkIpx'], ['tcpip'], ['Tcpip', 'NwlnkIpx']]);
    setValue(k.values, r.next() < 0.8 ? encodeMultiStringValue('Transports', list) : encodeDwordValue('Transports', 1));
    return `Transports ${list.join(',')}`;
  },
  tcpipKey: (r, s) => {
    const base = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip';
    const change = r.int(3);
    if (change === 0) s.keys.push({ path: `${base}\\Parameters`, values: [] });
    else if (change === 1) s.keys.push({ path: `${base}\\Parameters\\Winsock`, values: [encodeDwordValue('MinSockAddrLength', 16)] });
    else s.keys.push({ path: `${base}\\Parameters\\Winsock`, values: [encodeStringValue('HelperDllName', '%SystemRoot%\\System32\\wshtcpip.dll', true)] });
    return `change ${change}`;
  },
  productType: (r, s) => {
    const type = r.pick(['WinNT', 'ServerNT', 'LanmanNT', '']);
    s.keys.push({ path: `HKEY_LOCAL_MACHINE\\SYSTEM\\${r.pick(['CurrentControlSet', 'ControlSet001'])}\\Control\\ProductOptions`, values: [encodeStringValue('ProductType', type, false)] });
    return type;
  },
};

export const MUTATION_NAMES: string[] = Object.keys(MUTATIONS);

/** The .reg fixtures the variants derive from, sorted. */
export function baseFixtures(): string[] {
  return readdirSync(path.join(repoRoot, 'test', 'fixtures')).filter((f) => f.endsWith('.reg')).sort();
}

/** `count` variants from `seed`: bases in turn, 1-3 mutations each. */
export function generateVariants(count: number, seed: number = VARIANT_SEED): Variant[] {
  const r = rng(seed);
  const bases = baseFixtures().map((f) => ({ file: f, snapshot: readFixture(f) }));
  const out: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const s = cloneSnapshot(base.snapshot);
    const n = 1 + r.int(3);
    const mutations: string[] = [];
    for (let m = 0; m < n; m++) {
      const name = r.pick(MUTATION_NAMES);
      mutations.push(`${name}: ${MUTATIONS[name](r, s)}`);
    }
    out.push({ name: `v${String(i).padStart(4, '0')}-${base.file.replace(/\.reg$/, '')}`, base: base.file, mutations, snapshot: s });
  }
  return out;
}
