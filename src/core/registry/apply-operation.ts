/**
 * One registry operation applied to a working registry, with the live registry's semantics:
 * - createKey: creates the key if it does not exist (an existing key is left as it is), at its place
 *   in tree order (see working-registry.ts treeSortKey); missing parent keys need no entry of their
 *   own (a .reg export lists only the keys under the exported root);
 * - deleteKeyTree: removes the key and every key under it (nothing to do when it does not exist);
 * - setValue: the key must exist (W2D1401); a value of the same name (case-insensitive) is replaced
 *   in its place, a new one comes last;
 * - deleteValue: removes the value when it exists.
 */
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../model/registry.js';
import type { RegistryOperation } from './registry-operation.js';
import { keyMatchForm } from './key-order.js';
import { type WorkingRegistry, snapshotOfWorking, treeSortKey, workingRegistryOf } from './working-registry.js';

/** W2D1401: a value was set in a key that does not exist. */
export const W2D1401_NO_SUCH_KEY = 'W2D1401';

/** The first position whose sort key is greater than `sortKey` (binary search; keys are in tree order). */
function insertionPoint(sortKeys: string[], sortKey: string): number {
  let lo = 0;
  let hi = sortKeys.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (sortKeys[mid] <= sortKey) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function createKey(w: WorkingRegistry, path: string, form: string): WorkingRegistry {
  if (w.byForm.has(form)) return w;
  const sortKey = treeSortKey(form);
  const at = insertionPoint(w.sortKeys, sortKey);
  const key: RegistryKey = { path, values: [] };
  const keys = w.keys.slice(0, at);
  keys.push(key);
  const sortKeys = w.sortKeys.slice(0, at);
  sortKeys.push(sortKey);
  w.byForm.set(form, key);
  return { keys: keys.concat(w.keys.slice(at)), sortKeys: sortKeys.concat(w.sortKeys.slice(at)), byForm: w.byForm };
}

function deleteKeyTree(w: WorkingRegistry, form: string): WorkingRegistry {
  const prefix = treeSortKey(`${form}\\`);
  const exact = treeSortKey(form);
  const keys: RegistryKey[] = [];
  const sortKeys: string[] = [];
  const byForm = new Map<string, RegistryKey>();
  for (let i = 0; i < w.keys.length; i++) {
    const s = w.sortKeys[i];
    if (s === exact || s.startsWith(prefix)) continue;
    keys.push(w.keys[i]);
    sortKeys.push(s);
  }
  if (keys.length === w.keys.length) return w;
  for (const k of keys) byForm.set(keyMatchForm(k.path), k);
  return { keys, sortKeys, byForm };
}

function setValue(w: WorkingRegistry, path: string, form: string, value: RegistryValue): void {
  const key = w.byForm.get(form);
  if (key === undefined) throw new Error(`${W2D1401_NO_SUCH_KEY}: cannot set value '${value.name}': key '${path}' does not exist`);
  const values = key.values;
  // Value names are unique case-insensitively: an exact match is the match; only without one is the
  // (slower) case-insensitive search needed, and never in an empty key.
  let v = values.findIndex((x) => x.name === value.name);
  if (v < 0 && values.length > 0) {
    const name = value.name.toUpperCase();
    v = values.findIndex((x) => x.name.toUpperCase() === name);
  }
  if (v < 0) {
    key.values = values.concat([value]);
    return;
  }
  const replaced = values.slice(0, v);
  replaced.push({ name: values[v].name, type: value.type, data: value.data });
  key.values = replaced.concat(values.slice(v + 1));
}

function deleteValue(w: WorkingRegistry, form: string, name: string): void {
  const key = w.byForm.get(form);
  if (key === undefined) return;
  const upper = name.toUpperCase();
  key.values = key.values.filter((x) => x.name.toUpperCase() !== upper);
}

/** Applies `op`; the result may be `w` itself, changed in place, or a new working registry. */
export function applyToWorking(w: WorkingRegistry, op: RegistryOperation): WorkingRegistry {
  const form = keyMatchForm(op.path);
  switch (op.action) {
    case 'createKey':
      return createKey(w, op.path, form);
    case 'deleteKeyTree':
      return deleteKeyTree(w, form);
    case 'setValue':
      setValue(w, op.path, form, op.value as RegistryValue);
      return w;
    case 'deleteValue':
      deleteValue(w, form, (op.value as RegistryValue).name);
      return w;
  }
}

/**
 * The snapshot the registry holds after `ops` are applied to `snapshot` (which is not changed), with
 * the registry's own semantics above: a value set in an existing key without it goes at the end of
 * the key's values, a replaced value keeps its place and its name's case. A repair step's result is
 * this, not the snapshot its diff was computed towards: the two can differ in value order, and the
 * keys read back after a repair (and the file an offline repair writes) must equal the plan.
 */
export function applyOperations(snapshot: RegistrySnapshot, ops: RegistryOperation[]): RegistrySnapshot {
  let w = workingRegistryOf(snapshot);
  for (const op of ops) w = applyToWorking(w, op);
  return snapshotOfWorking(w);
}
