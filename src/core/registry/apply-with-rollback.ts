/**
 * Applies operations to the Winsock keys and, when a write fails, puts the keys back exactly as
 * `before` (a snapshot of both keys taken just before, already saved in a verified backup): the
 * registry is then either fully changed or as it was, never in between. The rollback's own writes
 * are not counted against fault injection (a store fails one write only). The error says which write
 * failed and that the keys were rolled back.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import type { RegistryOperation } from './registry-operation.js';
import { type RegistryStore, applyRegistryOperations } from './registry-store.js';
import { replaceTreesOperations } from './replace-trees.js';
import { WINSOCK_KEYS } from './winsock-keys.js';
import { exportWinsockKeys } from './export-winsock-keys.js';
import { snapshotsEqual } from './snapshots-equal.js';

/** W2D1404: a write failed and the keys were rolled back to their state before. */
export const W2D1404_ROLLED_BACK = 'W2D1404';
/** W2D1405: a write failed and the rollback did not restore the keys: restore the backup by hand. */
export const W2D1405_ROLLBACK_FAILED = 'W2D1405';

/** Puts both Winsock keys back as `before` and checks them; '' when that worked, else why not. */
export function rollBackWinsockKeys(store: RegistryStore, before: RegistrySnapshot): string {
  let rollbackFailure = '';
  try {
    applyRegistryOperations(store, replaceTreesOperations(WINSOCK_KEYS, before));
    if (!snapshotsEqual(exportWinsockKeys(store), before)) rollbackFailure = 'the keys read back differ from the state before';
  } catch (e) {
    rollbackFailure = (e as Error).message;
  }
  return rollbackFailure;
}

export function applyWithRollback(store: RegistryStore, ops: RegistryOperation[], before: RegistrySnapshot): void {
  let failure = '';
  try {
    applyRegistryOperations(store, ops);
  } catch (e) {
    failure = (e as Error).message;
  }
  if (failure === '') return;
  const rollbackFailure = rollBackWinsockKeys(store, before);
  if (rollbackFailure !== '') {
    throw new Error(`${W2D1405_ROLLBACK_FAILED}: ${failure}; rolling back failed too (${rollbackFailure}): restore the backup with Restore-WinsockKeys`);
  }
  throw new Error(`${W2D1404_ROLLED_BACK}: ${failure}; the Winsock keys were rolled back to their state before`);
}
