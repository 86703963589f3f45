/**
 * Restore-WinsockKeys: puts a backup back, and refuses anything that is not exactly a backup of the
 * two Winsock keys. Before touching the registry: the manifest (when there is one beside the file:
 * files exported by regedit or Wine have none) must match the file's SHA-256; the whole file must
 * parse; every key it names, deletions included, must be at or under Services\Winsock or
 * Services\WinSock2 (a crafted .reg must not become a way into HKLM). Then: a safety backup of the
 * current keys, each of the two keys the backup holds replaced as a tree, and a fresh export compared
 * with the backup. A key the backup does not hold is left as it is: KB811259 has the admin export
 * each key into its own file, and restoring the WinSock2 file must not delete the Winsock key. A
 * write that fails rolls the keys back to the safety backup.
 */
import { host } from '../../host/host.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { parseRegFile, regFileToSnapshot } from '../formats/reg/reader.js';
import { writeRegFile } from '../formats/reg/writer.js';
import { normalizeKeyPath } from '../formats/reg/key-path.js';
import { type RegistryStore, describeRegistryStore, openMachineRegistry, readRegistryTrees } from '../registry/registry-store.js';
import { WINSOCK_KEYS } from '../registry/winsock-keys.js';
import { isKeyAtOrUnder } from '../registry/key-order.js';
import { exportWinsockKeys } from '../registry/export-winsock-keys.js';
import { snapshotsEqual } from '../registry/snapshots-equal.js';
import { applyWithRollback } from '../registry/apply-with-rollback.js';
import { replaceTreesOperations } from '../registry/replace-trees.js';
import { defaultBackupFolder } from './backup-folder.js';
import { manifestPathFor } from './backup-file-name.js';
import { manifestFromJson } from './backup-manifest.js';
import { writeBackup } from './backup-winsock-keys.js';

/** W2D1511: the file's SHA-256 is not the one its manifest records. */
export const W2D1511_HASH_MISMATCH = 'W2D1511';
/** W2D1512: the file names a key outside the two Winsock keys. */
export const W2D1512_OUTSIDE_WINSOCK_KEYS = 'W2D1512';
/** W2D1513: the file holds no key to restore. */
export const W2D1513_EMPTY_BACKUP = 'W2D1513';
/** W2D1514: after the restore the keys differ from the backup (rolled back). */
export const W2D1514_RESTORE_NOT_VERIFIED = 'W2D1514';

export interface RestoreResult {
  path: string;
  /** 'Restored', or 'NotRestored' when ShouldProcess declined (-WhatIf, -Confirm answered No). */
  status: string;
  target: string;
  manifestChecked: boolean;
  safetyBackupPath: string;
  keys: number;
  values: number;
  writes: number;
  /** A fresh export of the keys is byte for byte the backup file. */
  exportMatchesBackup: boolean;
  rebootRequired: boolean;
}

/** The backup's keys, checked: parses completely and stays inside the Winsock keys (paths normalised). */
export function readRestorableBackup(path: string, bytes: Uint8Array): RegistrySnapshot {
  const file = parseRegFile(bytes);
  for (const block of file.keys) {
    if (!WINSOCK_KEYS.some((r) => isKeyAtOrUnder(block.path, r))) {
      throw new Error(`${W2D1512_OUTSIDE_WINSOCK_KEYS}: '${path}' writes to [${block.path}], outside Services\\Winsock and Services\\WinSock2: refused`);
    }
  }
  const snapshot = regFileToSnapshot(file);
  if (snapshot.keys.length === 0) throw new Error(`${W2D1513_EMPTY_BACKUP}: '${path}' holds no Winsock key to restore`);
  return { keys: snapshot.keys.map((k) => ({ path: normalizeKeyPath(k.path), values: k.values })) };
}

function checkManifest(path: string, bytes: Uint8Array): boolean {
  const manifestPath = manifestPathFor(path);
  if (!host.fileExists(manifestPath)) return false;
  const manifest = manifestFromJson(host.decodeText(host.readFileBytes(manifestPath)).text);
  const actual = host.sha256Hex(bytes);
  if (manifest.sha256 !== actual) {
    throw new Error(`${W2D1511_HASH_MISMATCH}: '${path}' has SHA-256 ${actual}, its manifest records ${manifest.sha256}: the file was changed after the backup; refused`);
  }
  return true;
}

/** A backup that passed every check, the store it would go into, and the result so far. */
interface CheckedRestore {
  bytes: Uint8Array;
  backup: RegistrySnapshot;
  /** The Winsock keys the backup holds (one or both): the trees the restore replaces. */
  roots: string[];
  store: RegistryStore;
  result: RestoreResult;
}

/** Everything a restore checks before it may change anything; throws the refusal (W2D1510-W2D1513, W2D10xx). */
function checkRestore(path: string, failAtWrite: number): CheckedRestore {
  const bytes = host.readFileBytes(path);
  const manifestChecked = checkManifest(path, bytes);
  const backup = readRestorableBackup(path, bytes);
  const store = openMachineRegistry(failAtWrite);
  const result: RestoreResult = {
    path,
    status: 'NotRestored',
    target: describeRegistryStore(store),
    manifestChecked,
    safetyBackupPath: '',
    keys: backup.keys.length,
    values: backup.keys.reduce((n, k) => n + k.values.length, 0),
    writes: 0,
    exportMatchesBackup: false,
    rebootRequired: false,
  };
  const roots = WINSOCK_KEYS.filter((r) => backup.keys.some((k) => isKeyAtOrUnder(k.path, r)));
  return { bytes, backup, roots, store, result };
}

/** The keys of `snapshot` at or under `roots`, order kept. */
function keysUnder(snapshot: RegistrySnapshot, roots: string[]): RegistrySnapshot {
  return { keys: snapshot.keys.filter((k) => roots.some((r) => isKeyAtOrUnder(k.path, r))) };
}

/** `Services\Winsock and Services\WinSock2`, or the one of them, for messages. */
function describeRoots(roots: string[]): string {
  return roots.map((r) => r.slice(r.indexOf('Services\\'))).join(' and ');
}

/**
 * What a restore of `path` would do, after all its checks, changing nothing: the result of a
 * declined restore (status 'NotRestored'). The Node CLI shows it when --force is not given.
 */
export function previewRestore(path: string): RestoreResult {
  return checkRestore(path, 0).result;
}

/**
 * Restore-WinsockKeys -Path <backup> [-Destination <folder for the safety backup>]. `failAtWrite` is
 * for fault-injection tests only (the cmdlet never passes it).
 */
export function restoreWinsockKeys(path: string, destination?: string, failAtWrite?: number): RestoreResult {
  const { bytes, backup, roots, store, result } = checkRestore(path, failAtWrite ?? 0);
  const target = result.target;
  if (!host.shouldProcess(target, `Replace ${describeRoots(roots)} with the ${backup.keys.length} keys of '${path}'`)) return result;
  const current = exportWinsockKeys(store);
  // Rollbacks put the keys back as the registry stores them, paths included: an image may name
  // ControlSet001 where the safety backup, like every backup, says CurrentControlSet.
  const stored = readRegistryTrees(store, WINSOCK_KEYS);
  if (current.keys.length > 0) {
    const folder = destination !== undefined && destination !== '' ? destination : defaultBackupFolder();
    result.safetyBackupPath = writeBackup({ snapshot: current, source: target, computerName: host.computerName() }, folder).path;
  }
  const ops = replaceTreesOperations(roots, backup);
  applyWithRollback(store, ops, stored);
  result.writes = ops.length;
  const after = keysUnder(exportWinsockKeys(store), roots);
  if (!snapshotsEqual(after, backup)) {
    applyWithRollback(store, replaceTreesOperations(WINSOCK_KEYS, stored), stored);
    throw new Error(`${W2D1514_RESTORE_NOT_VERIFIED}: after the restore the keys differ from '${path}'; the previous keys were put back`);
  }
  result.status = 'Restored';
  result.exportMatchesBackup = host.bytesEqual(writeRegFile(after), bytes);
  result.rebootRequired = true;
  return result;
}
