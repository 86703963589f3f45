/** A WinsockMachine as a RegistrySnapshot: every key (parents included) in regedit's export order. */

import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../model/registry.js';
import { LEGACY_WINSOCK_PARAMETERS_KEY, NAMESPACE_CATALOG_KEY, PROTOCOL_CATALOG_KEY, SERVICES_KEY, WINSOCK2_PARAMETERS_KEY, type CatalogModel, type WinsockMachine } from './winsock-machine.js';

/**
 * Segment-wise, case-insensitive (lower case) order: regedit exports parents before children,
 * siblings sorted. The fixtures were written in this order.
 */
function regeditKeyOrder(a: string, b: string): number {
  const x = a.toLowerCase().split('\\');
  const y = b.toLowerCase().split('\\');
  const common = Math.min(x.length, y.length);
  for (let i = 0; i < common; i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * Adds a key and the parents (below Services) not listed yet, as keys without values: regedit writes
 * them so.
 */
function addKey(keys: Map<string, RegistryValue[]>, path: string, values: RegistryValue[]): void {
  keys.set(path, values);
  let parent = path.slice(0, path.lastIndexOf('\\'));
  while (parent.length > SERVICES_KEY.length && !keys.has(parent)) {
    keys.set(parent, []);
    parent = parent.slice(0, parent.lastIndexOf('\\'));
  }
}

function addCatalogs(keys: Map<string, RegistryValue[]>, catalogKey: string, catalogs: CatalogModel[]): void {
  for (const c of catalogs) {
    addKey(keys, `${catalogKey}\\${c.keyName}`, []);
    for (const e of c.entries) addKey(keys, `${catalogKey}\\${c.keyName}\\${e.name}`, e.values);
  }
}

/** The snapshot: every key (parents included) in regedit's export order, values in model order. */
export function renderMachine(m: WinsockMachine): RegistrySnapshot {
  const keys = new Map<string, RegistryValue[]>();
  if (m.legacyValues !== null) addKey(keys, LEGACY_WINSOCK_PARAMETERS_KEY, m.legacyValues);
  addKey(keys, WINSOCK2_PARAMETERS_KEY, m.parameters);
  addKey(keys, PROTOCOL_CATALOG_KEY, m.protocolValues);
  addCatalogs(keys, PROTOCOL_CATALOG_KEY, m.protocolCatalogs);
  addKey(keys, NAMESPACE_CATALOG_KEY, m.nameSpaceValues);
  addCatalogs(keys, NAMESPACE_CATALOG_KEY, m.nameSpaceCatalogs);
  const list: RegistryKey[] = [];
  for (const [path, values] of keys) list.push({ path, values });
  list.sort((a, b) => regeditKeyOrder(a.path, b.path));
  return { keys: list };
}
