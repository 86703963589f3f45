/**
 * The operations that make the registry hold exactly `snapshot` under `roots`: delete each root as a
 * tree, then create every key of the snapshot in its order and set its values in their order. Used by
 * restore and by every rollback, so a restored tree has the backup's key and value order.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import { type RegistryOperation, createKeyOperation, deleteKeyTreeOperation, setValueOperation } from './registry-operation.js';

export function replaceTreesOperations(roots: string[], snapshot: RegistrySnapshot): RegistryOperation[] {
  const ops: RegistryOperation[] = roots.map((r) => deleteKeyTreeOperation(r));
  for (const key of snapshot.keys) {
    ops.push(createKeyOperation(key.path));
    for (const v of key.values) ops.push(setValueOperation(key.path, v));
  }
  return ops;
}
