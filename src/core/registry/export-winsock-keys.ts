/**
 * The Winsock and WinSock2 keys of a registry store as one snapshot, key paths in the one form
 * backups use (`HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\...`, whatever control set an
 * image names): what Backup-WinsockKeys saves and what a restore is verified against.
 * A source may hold the keys of several control sets (a `reg export` of the whole SYSTEM hive has
 * ControlSet001 and ControlSet002): a saved file is read as the catalog builder reads it (the
 * CurrentControlSet keys when present, else the first control set), but a registry image of several
 * control sets is refused, because its writes could not tell them apart (W2D1406).
 */
import type { RegistrySnapshot } from '../model/registry.js';
import { normalizeKeyPath } from '../formats/reg/key-path.js';
import { splitControlSet } from '../catalog/key-path.js';
import { type RegistryStore, describeRegistryStore, readRegistryTrees } from './registry-store.js';
import { WINSOCK_KEYS } from './winsock-keys.js';
import { isKeyAtOrUnder } from './key-order.js';

/** W2D1406: a registry image holds the Winsock keys of more than one control set. */
export const W2D1406_SEVERAL_CONTROL_SETS = 'W2D1406';

/** The control sets whose Winsock keys `snapshot` holds, as the source names them, in source order. */
export function winsockControlSets(snapshot: RegistrySnapshot): string[] {
  const names: string[] = [];
  const seen: string[] = [];
  for (const k of snapshot.keys) {
    if (!WINSOCK_KEYS.some((r) => isKeyAtOrUnder(k.path, r))) continue;
    const set = splitControlSet(k.path).controlSet;
    if (!seen.includes(set.toUpperCase())) {
      seen.push(set.toUpperCase());
      names.push(set);
    }
  }
  return names;
}

/** The keys of `snapshot` under the two Winsock keys of one control set, paths normalised, order kept. */
export function winsockKeysOf(snapshot: RegistrySnapshot): RegistrySnapshot {
  const sets = winsockControlSets(snapshot).map((s) => s.toUpperCase());
  const chosen = sets.includes('CURRENTCONTROLSET') ? 'CURRENTCONTROLSET' : sets.length > 0 ? sets[0] : '';
  return {
    keys: snapshot.keys
      .filter((k) => WINSOCK_KEYS.some((r) => isKeyAtOrUnder(k.path, r)) && (sets.length < 2 || splitControlSet(k.path).controlSet.toUpperCase() === chosen))
      .map((k) => ({ path: normalizeKeyPath(k.path), values: k.values })),
  };
}

export function exportWinsockKeys(store: RegistryStore): RegistrySnapshot {
  const trees = readRegistryTrees(store, WINSOCK_KEYS);
  const sets = winsockControlSets(trees);
  if (sets.length > 1) {
    throw new Error(
      `${W2D1406_SEVERAL_CONTROL_SETS}: ${describeRegistryStore(store)} holds the Winsock keys of ${sets.length} control sets (${sets.join(', ')}); a registry image stands for one: keep only the current one`,
    );
  }
  return winsockKeysOf(trees);
}
