/**
 * The fewest plain operations that turn `current` into `desired` under the Winsock keys: keys that
 * are gone are deleted as trees (once, at their topmost key), new keys are created with their
 * values, and keys in both get only the values that changed (set) or vanished (deleted). Each step of
 * a repair is the diff between the snapshot before it and the one after it.
 */
import { host } from '../../host/host.js';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../model/registry.js';
import {
  type RegistryOperation,
  createKeyOperation,
  deleteKeyTreeOperation,
  deleteValueOperation,
  setValueOperation,
} from '../registry/registry-operation.js';
import { keyMatchForm } from '../registry/key-order.js';

function byForm(s: RegistrySnapshot): Map<string, RegistryKey> {
  const m = new Map<string, RegistryKey>();
  for (const k of s.keys) m.set(keyMatchForm(k.path), k);
  return m;
}

function sameValue(a: RegistryValue, b: RegistryValue): boolean {
  return a.name === b.name && a.type === b.type && host.bytesEqual(a.data, b.data);
}

/** The parent's match form ('' at a root). */
function parentForm(form: string): string {
  const at = form.lastIndexOf('\\');
  return at < 0 ? '' : form.slice(0, at);
}

export function operationsToReach(current: RegistrySnapshot, desired: RegistrySnapshot): RegistryOperation[] {
  const ops: RegistryOperation[] = [];
  const have = byForm(current);
  const want = byForm(desired);
  for (const k of current.keys) {
    const form = keyMatchForm(k.path);
    // Deleted with its topmost deleted ancestor: only delete where the parent stays (or is not in the data).
    if (!want.has(form) && !(have.has(parentForm(form)) && !want.has(parentForm(form)))) ops.push(deleteKeyTreeOperation(k.path));
  }
  for (const k of desired.keys) {
    const old = have.get(keyMatchForm(k.path));
    if (old === undefined) {
      ops.push(createKeyOperation(k.path));
      for (const v of k.values) ops.push(setValueOperation(k.path, v));
      continue;
    }
    for (const v of k.values) {
      const was = old.values.find((x) => x.name.toUpperCase() === v.name.toUpperCase());
      if (was === undefined || !sameValue(was, v)) ops.push(setValueOperation(old.path, v));
    }
    for (const v of old.values) {
      if (!k.values.some((x) => x.name.toUpperCase() === v.name.toUpperCase())) ops.push(deleteValueOperation(old.path, v));
    }
  }
  return ops;
}
