/**
 * The Winsock and WinSock2 keys of a registry store as one snapshot, key paths in the one form
 * backups use (`HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\...`, whatever control set an
 * image names): what Backup-WinsockKeys saves and what a restore is verified against.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import { normalizeKeyPath } from '../formats/reg/key-path.js';
import { type RegistryStore, readRegistryTrees } from './registry-store.js';
import { WINSOCK_KEYS } from './winsock-keys.js';
import { isKeyAtOrUnder } from './key-order.js';

/** The keys of `snapshot` under the two Winsock keys, paths normalised, order kept. */
export function winsockKeysOf(snapshot: RegistrySnapshot): RegistrySnapshot {
  return {
    keys: snapshot.keys
      .filter((k) => WINSOCK_KEYS.some((r) => isKeyAtOrUnder(k.path, r)))
      .map((k) => ({ path: normalizeKeyPath(k.path), values: k.values })),
  };
}

export function exportWinsockKeys(store: RegistryStore): RegistrySnapshot {
  return winsockKeysOf(readRegistryTrees(store, WINSOCK_KEYS));
}
