/** Shared inputs of the comparison tests: fixture paths, transformed catalogs, netsh text rendered from a catalog. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../tools/toolchain.js';
import { readCatalogFile } from '../../src/core/sources/read-catalogs.js';
import type { Catalogs, ProtocolEntry } from '../../src/core/model/catalog.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { snapshotToJson } from '../../src/core/formats/json/snapshot.js';
import type { RegistrySnapshot } from '../../src/core/model/registry.js';
import { OFF_CATALOG_ENTRY_ID, OFF_CHAIN_ENTRIES, OFF_CHAIN_LEN, PACKED_ITEM_SIZE } from '../../src/core/formats/packed-catalog-item.js';

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

export function catalogsOf(name: string): Catalogs {
  return readCatalogFile(fixture(name));
}

/**
 * The same entries under other keys and catalog entry IDs, as on another machine: IDs shifted by
 * `shift` (chains follow), keys renumbered from `firstKey`.
 */
export function renumbered(c: Catalogs, shift: number, firstKey: number): Catalogs {
  const counters = new Map<string, number>();
  const nextKey = (catalog: string): string => {
    const n = counters.get(catalog) ?? firstKey;
    counters.set(catalog, n + 1);
    return String(n).padStart(12, '0');
  };
  const protocolEntries: ProtocolEntry[] = c.protocolEntries.map((e) => ({
    ...e,
    key: nextKey(e.catalog),
    catalogEntryId: e.catalogEntryId + shift,
    chainEntries: e.entryType === 'Chain' ? e.chainEntries.map((id) => id + shift) : e.chainEntries,
    rawItemHex: undefined,
  }));
  const nameSpaceEntries = c.nameSpaceEntries.map((e) => ({ ...e, key: nextKey(e.catalog) }));
  return { ...c, source: `${c.source} (renumbered)`, protocolEntries, nameSpaceEntries };
}

function snapshotOf(name: string): RegistrySnapshot {
  return regFileToSnapshot(parseRegFile(new Uint8Array(readFileSync(fixture(name)))));
}

function snapshotJson(snapshot: RegistrySnapshot, name: string): string {
  return snapshotToJson(snapshot, { source: name, computerName: 'TEST', timeUtc: '2026-11-25T12:00:00.000Z', toolVersion: '0.0.0' });
}

/** A .reg fixture as a Winsock2Doctor JSON snapshot text. */
export function jsonSnapshotOf(name: string): string {
  return snapshotJson(snapshotOf(name), name);
}

/**
 * A .reg fixture renumbered at the registry level, as the same providers installed on another
 * machine: every entry key of both catalogs moved up by `keyShift`, every catalog entry ID in the
 * PackedCatalogItems (and the chains pointing at them) moved up by `idShift`. As JSON snapshot text.
 */
export function renumberedSnapshotJson(name: string, idShift: number, keyShift: number): string {
  const snapshot = snapshotOf(name);
  const keys = snapshot.keys.map((k) => {
    const m = /^(.*\\(?:Protocol_Catalog9|NameSpace_Catalog5)\\Catalog_Entries(?:64)?\\)(\d{12})$/i.exec(k.path);
    if (m === null) return k;
    const values = k.values.map((v) => {
      if (v.name !== 'PackedCatalogItem' || v.data.length !== PACKED_ITEM_SIZE) return v;
      const data = new Uint8Array(v.data);
      const view = new DataView(data.buffer);
      view.setUint32(OFF_CATALOG_ENTRY_ID, view.getUint32(OFF_CATALOG_ENTRY_ID, true) + idShift, true);
      const chainLen = view.getInt32(OFF_CHAIN_LEN, true);
      for (let i = 0; chainLen >= 2 && i < chainLen; i++) view.setUint32(OFF_CHAIN_ENTRIES + 4 * i, view.getUint32(OFF_CHAIN_ENTRIES + 4 * i, true) + idShift, true);
      return { ...v, data };
    });
    return { path: m[1] + String(Number(m[2]) + keyShift).padStart(12, '0'), values };
  });
  return snapshotJson({ keys }, `${name} renumbered`);
}

const LABEL_WIDTH = 36;

function line(label: string, value: string | number): string {
  return `${label}:`.padEnd(LABEL_WIDTH) + String(value);
}

/**
 * `netsh winsock show catalog` text (English, 64-bit Windows: 32-bit rows marked `(32)`) of a
 * catalog, in the layout of the real captures in test/fixtures/netsh.
 */
export function netshTextOf(c: Catalogs): string {
  const out: string[] = ['', 'netsh winsock show catalog', ''];
  for (const e of c.protocolEntries) {
    const mark = e.catalog === 'Protocol32' ? ' (32)' : '';
    const type = e.entryType === 'Base' ? 'Base Service Provider' : e.entryType === 'Layered' ? 'Layered Service Provider' : 'Layered Chain Entry';
    out.push('Winsock Catalog Provider Entry', '-'.repeat(54));
    out.push(line('Entry Type', `${type}${mark}`), line('Description', e.protocolName), line('Provider ID', e.providerId), line('Provider Path', e.libraryPath));
    out.push(line('Catalog Entry ID', e.catalogEntryId), line('Version', e.version), line('Address Family', e.addressFamily));
    out.push(line('Max Address Length', e.maxSockAddr), line('Min Address Length', e.minSockAddr), line('Socket Type', e.socketType), line('Protocol', e.protocol));
    out.push(line('Service Flags', `0x${e.serviceFlags1.toString(16)}`), line('Protocol Chain Length', e.chainLen));
    if (e.entryType === 'Chain') out.push(`Protocol Chain: ${e.chainEntries.join(' : ')}`, '');
    out.push('');
  }
  for (const e of c.nameSpaceEntries) {
    const mark = e.catalog === 'NameSpace32' ? ' (32)' : '';
    out.push(`Name Space Provider Entry${mark}`, '-'.repeat(54));
    out.push(line('Description', e.displayString), line('Provider ID', e.providerId), line('Name Space', e.nameSpace), line('Active', e.enabled ? 1 : 0), line('Version', e.version), '');
  }
  return out.join('\r\n');
}
