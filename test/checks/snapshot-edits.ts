/**
 * Edits of RegistrySnapshots for check variants (Node only): fixtures are read with the core's .reg
 * reader, changed here and written back with the core's .reg writer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RegistrySnapshot, RegistryValue } from '../../src/core/model/registry.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { decodePackedCatalogItem } from '../../src/core/formats/packed-catalog-item.js';
import { encodeDwordValue } from '../../src/core/formats/packed/registry-values.js';
import { repoRoot } from '../../tools/toolchain.js';

export const SERVICES = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services';
export const PARAMETERS = `${SERVICES}\\WinSock2\\Parameters`;
export const PROTOCOL_CATALOG = `${PARAMETERS}\\Protocol_Catalog9`;
export const NAMESPACE_CATALOG = `${PARAMETERS}\\NameSpace_Catalog5`;
export const PRODUCT_OPTIONS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions';

export function readFixture(file: string): RegistrySnapshot {
  return regFileToSnapshot(parseRegFile(new Uint8Array(readFileSync(path.join(repoRoot, 'test', 'fixtures', file)))));
}

export function writeSnapshot(snapshot: RegistrySnapshot, file: string): string {
  writeFileSync(file, writeRegFile(snapshot));
  return file;
}

export function cloneSnapshot(s: RegistrySnapshot): RegistrySnapshot {
  return { keys: s.keys.map((k) => ({ path: k.path, values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.data.slice() })) })) };
}

export function addKey(s: RegistrySnapshot, keyPath: string, values: RegistryValue[] = []): void {
  s.keys.push({ path: keyPath, values });
}

export function keyOf(s: RegistrySnapshot, keyPath: string) {
  const k = s.keys.find((x) => x.path.toLowerCase() === keyPath.toLowerCase());
  if (!k) throw new Error(`no key ${keyPath}`);
  return k;
}

export function setValue(s: RegistrySnapshot, keyPath: string, value: RegistryValue): void {
  const k = keyOf(s, keyPath);
  const at = k.values.findIndex((v) => v.name.toLowerCase() === value.name.toLowerCase());
  if (at < 0) k.values.push(value);
  else k.values[at] = value;
}

/** The item fields of an entry key (undefined when it has no PackedCatalogItem). */
export function itemOf(values: RegistryValue[]) {
  const v = values.find((x) => x.name === 'PackedCatalogItem');
  return v === undefined ? undefined : decodePackedCatalogItem(v.data).fields;
}

/**
 * Removes the protocol entries of `entriesKey` (`Catalog_Entries` or `Catalog_Entries64`) that
 * `drop` selects, renumbers the others 1..N (as a WSC* removal leaves them) and sets the count.
 */
export function removeProtocolEntries(s: RegistrySnapshot, entriesKey: string, drop: (fields: ReturnType<typeof itemOf>) => boolean): number {
  const prefix = `${PROTOCOL_CATALOG}\\${entriesKey}\\`;
  const entries = s.keys.filter((k) => k.path.startsWith(prefix));
  const kept = entries.filter((k) => !drop(itemOf(k.values)));
  kept.forEach((k, i) => {
    k.path = prefix + String(i + 1).padStart(12, '0');
  });
  s.keys = s.keys.filter((k) => !k.path.startsWith(prefix) || kept.includes(k));
  setValue(s, PROTOCOL_CATALOG, encodeDwordValue(entriesKey === 'Catalog_Entries64' ? 'Num_Catalog_Entries64' : 'Num_Catalog_Entries', kept.length));
  return entries.length - kept.length;
}
