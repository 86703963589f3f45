/**
 * Whether two snapshots hold the same keys (same paths, case-insensitively, in the same order) with
 * the same values (names, types and bytes, in the same order): what a verified backup, a restore and
 * a rollback must reproduce.
 */
import { host } from '../../host/host.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { keyMatchForm } from './key-order.js';

export function snapshotsEqual(a: RegistrySnapshot, b: RegistrySnapshot): boolean {
  if (a.keys.length !== b.keys.length) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const ka = a.keys[i];
    const kb = b.keys[i];
    if (keyMatchForm(ka.path) !== keyMatchForm(kb.path) || ka.values.length !== kb.values.length) return false;
    for (let j = 0; j < ka.values.length; j++) {
      const va = ka.values[j];
      const vb = kb.values[j];
      if (va.name !== vb.name || va.type !== vb.type || !host.bytesEqual(va.data, vb.data)) return false;
    }
  }
  return true;
}
