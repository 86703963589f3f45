/**
 * A catalog of any size for the scaling figure: the Windows 11 fixture's keys with its 64-bit protocol
 * catalog grown to `entries` base providers (copies of its first base entry with new catalog IDs and
 * consecutive keys, counters set), so every check sees a well-formed catalog N entries long.
 */
import { readFileSync } from 'node:fs';
import { parseRegFile, regFileToSnapshot } from '../src/core/formats/reg/reader.js';
import { writeRegFile } from '../src/core/formats/reg/writer.js';
import { decodePackedCatalogItem, encodePackedCatalogItem } from '../src/core/formats/packed-catalog-item.js';
import type { RegistryKey, RegistryValue } from '../src/core/model/registry.js';

export function scaledCatalog(fixture: string, entries: number): Uint8Array {
  const snapshot = regFileToSnapshot(parseRegFile(readFileSync(fixture)));
  const folder = snapshot.keys.find((k) => k.path.endsWith('\\Protocol_Catalog9\\Catalog_Entries64'))!;
  const children = snapshot.keys.filter((k) => k.path.startsWith(`${folder.path}\\`));
  const template = children[0].values;
  const item = template.find((v) => v.name === 'PackedCatalogItem')!;
  const fields = decodePackedCatalogItem(item.data).fields;
  const grown: RegistryKey[] = [];
  for (let i = 1; i <= entries; i++) {
    const data = encodePackedCatalogItem({ ...fields, catalogEntryId: 5000 + i, chainEntries: [5000 + i, 0, 0, 0, 0, 0, 0] });
    const values: RegistryValue[] = template.map((v) => (v.name === 'PackedCatalogItem' ? { ...v, data } : v));
    grown.push({ path: `${folder.path}\\${String(i).padStart(12, '0')}`, values });
  }
  const keys: RegistryKey[] = [];
  for (const k of snapshot.keys) {
    if (k.path.startsWith(`${folder.path}\\`)) continue;
    if (k.path.endsWith('\\Protocol_Catalog9')) {
      const dword = (n: number) => new Uint8Array([n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24]);
      keys.push({ path: k.path, values: k.values.map((v) => (v.name === 'Num_Catalog_Entries64' ? { ...v, data: dword(entries) } : v.name === 'Next_Catalog_Entry_ID' ? { ...v, data: dword(5001 + entries) } : v)) });
    } else keys.push(k);
    if (k.path === folder.path) keys.push(...grown);
  }
  return writeRegFile({ keys });
}
