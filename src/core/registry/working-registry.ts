/**
 * A registry snapshot prepared for many operations in a row (a restore is hundreds of writes): each
 * key's match form and tree-order sort key computed once, keys found through a map. The keys are
 * copies, so the snapshot it was made from never changes.
 */
import type { RegistryKey, RegistrySnapshot } from '../model/registry.js';
import { keyMatchForm } from './key-order.js';

export interface WorkingRegistry {
  /** In registry (tree) order. */
  keys: RegistryKey[];
  /** Parallel to keys: treeSortKey of each path. */
  sortKeys: string[];
  /** Each key by its match form (normalised, upper case). */
  byForm: Map<string, RegistryKey>;
}

/**
 * A string whose ordinal order is registry tree order: the match form with each `\` replaced by
 * U+0001, which sorts below every character of a key name, so a key comes before its subkeys and
 * `A\B` before `A_X` (segment `A` before segment `A_X`).
 */
export function treeSortKey(form: string): string {
  return form.replaceAll('\\', '\u0001');
}

export function workingRegistryOf(snapshot: RegistrySnapshot): WorkingRegistry {
  const keys: RegistryKey[] = [];
  const sortKeys: string[] = [];
  const byForm = new Map<string, RegistryKey>();
  for (const k of snapshot.keys) {
    const copy: RegistryKey = { path: k.path, values: k.values };
    const form = keyMatchForm(k.path);
    keys.push(copy);
    sortKeys.push(treeSortKey(form));
    byForm.set(form, copy);
  }
  return { keys, sortKeys, byForm };
}

export function snapshotOfWorking(w: WorkingRegistry): RegistrySnapshot {
  return { keys: w.keys.map((k) => ({ path: k.path, values: k.values })) };
}
