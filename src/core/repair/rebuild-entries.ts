/**
 * The entries of one catalog rewritten as ws2_32 wants them: the kept entry keys, in their order,
 * renamed 000000000001..N (12-digit, 1-based, contiguous), each with the values it had; every other
 * subkey of Catalog_Entries[64] is gone. Keys outside that folder are untouched.
 */
import type { RegistryKey, RegistrySnapshot } from '../model/registry.js';
import { keyMatchForm } from '../registry/key-order.js';
import { entryKeyName } from '../defaults/entry-values.js';

function isInside(k: RegistryKey, folder: string): boolean {
  return keyMatchForm(k.path).startsWith(`${folder}\\`);
}

/** `keep`: the current key names (as in the snapshot) of the entries to keep, in the new order. */
export function rebuildEntries(s: RegistrySnapshot, entriesKeyPath: string, keep: string[]): RegistrySnapshot {
  const folder = keyMatchForm(entriesKeyPath);
  const byName = new Map<string, RegistryKey>();
  for (const k of s.keys) {
    if (isInside(k, folder)) byName.set(keyMatchForm(k.path).slice(folder.length + 1), k);
  }
  const rebuilt: RegistryKey[] = [];
  for (let i = 0; i < keep.length; i++) {
    const old = byName.get(keep[i].toUpperCase());
    rebuilt.push({ path: `${entriesKeyPath}\\${entryKeyName(i + 1)}`, values: old === undefined ? [] : old.values });
  }
  const out: RegistryKey[] = [];
  let placed = false;
  for (const k of s.keys) {
    if (isInside(k, folder)) continue;
    out.push(k);
    if (!placed && keyMatchForm(k.path) === folder) {
      for (const r of rebuilt) out.push(r);
      placed = true;
    }
  }
  return { keys: out };
}
