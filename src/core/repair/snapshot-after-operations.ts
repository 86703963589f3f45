/**
 * The snapshot the registry holds after `ops` are applied to `current`, with the registry's own
 * semantics (registry/apply-operation.ts: a value set in an existing key without it goes at the end
 * of the key's values, a replaced value keeps its place and its name's case). A step's result is
 * this, not the snapshot the diff was computed towards: the two can differ in value order, and the
 * keys read back after a repair (and the file an offline repair writes) must equal the plan.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import type { RegistryOperation } from '../registry/registry-operation.js';
import { applyToWorking } from '../registry/apply-operation.js';
import { snapshotOfWorking, workingRegistryOf } from '../registry/working-registry.js';

export function snapshotAfterOperations(current: RegistrySnapshot, ops: RegistryOperation[]): RegistrySnapshot {
  let w = workingRegistryOf(current);
  for (const op of ops) w = applyToWorking(w, op);
  return snapshotOfWorking(w);
}
