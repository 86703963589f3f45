/**
 * One registry operation applied to a snapshot, with the live registry's semantics, returning a new
 * snapshot (the input is not changed):
 * - createKey: creates the key if it does not exist (an existing key is left as it is), in tree
 *   order among the keys (see key-order.ts); missing parent keys need no entry of their own (a
 *   .reg export lists only the keys under the exported root);
 * - deleteKeyTree: removes the key and every key under it (nothing to do when it does not exist);
 * - setValue: the key must exist (W2D1401); a value of the same name (case-insensitive) is replaced
 *   in its place, a new one comes last;
 * - deleteValue: removes the value when it exists.
 */
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../model/registry.js';
import type { RegistryOperation } from './registry-operation.js';
import { compareKeyPaths, isKeyAtOrUnder, keyMatchForm } from './key-order.js';

/** W2D1401: a value was set in a key that does not exist. */
export const W2D1401_NO_SUCH_KEY = 'W2D1401';

function findKey(keys: RegistryKey[], path: string): number {
  const wanted = keyMatchForm(path);
  return keys.findIndex((k) => keyMatchForm(k.path) === wanted);
}

function withValues(keys: RegistryKey[], at: number, values: RegistryValue[]): RegistryKey[] {
  const out = keys.slice(0, at);
  out.push({ path: keys[at].path, values });
  return out.concat(keys.slice(at + 1));
}

export function applyOperation(snapshot: RegistrySnapshot, op: RegistryOperation): RegistrySnapshot {
  const keys = snapshot.keys;
  switch (op.action) {
    case 'createKey': {
      if (findKey(keys, op.path) >= 0) return snapshot;
      let at = keys.findIndex((k) => compareKeyPaths(k.path, op.path) > 0);
      if (at < 0) at = keys.length;
      const out = keys.slice(0, at);
      out.push({ path: op.path, values: [] });
      return { keys: out.concat(keys.slice(at)) };
    }
    case 'deleteKeyTree':
      return { keys: keys.filter((k) => !isKeyAtOrUnder(k.path, op.path)) };
    case 'setValue': {
      const value = op.value as RegistryValue;
      const at = findKey(keys, op.path);
      if (at < 0) throw new Error(`${W2D1401_NO_SUCH_KEY}: cannot set value '${value.name}': key '${op.path}' does not exist`);
      const values = keys[at].values;
      const name = value.name.toUpperCase();
      const v = values.findIndex((x) => x.name.toUpperCase() === name);
      if (v < 0) return { keys: withValues(keys, at, values.concat([value])) };
      const replaced = values.slice(0, v);
      replaced.push({ name: values[v].name, type: value.type, data: value.data });
      return { keys: withValues(keys, at, replaced.concat(values.slice(v + 1))) };
    }
    case 'deleteValue': {
      const at = findKey(keys, op.path);
      if (at < 0) return snapshot;
      const name = (op.value as RegistryValue).name.toUpperCase();
      const values = keys[at].values;
      if (!values.some((x) => x.name.toUpperCase() === name)) return snapshot;
      return { keys: withValues(keys, at, values.filter((x) => x.name.toUpperCase() !== name)) };
    }
  }
}
