/**
 * The machine's registry as backup, restore and repair read and change it. Two kinds:
 * - 'image': the environment variable WINSOCK2DOCTOR_REGISTRY names a regedit-style .reg file that
 *   stands in for HKLM (tests, the README demo, simulated remote hosts, any non-Windows system).
 *   Each apply is one atomic rewrite of the file (temporary file + rename), keys in registry order.
 * - 'live': the Windows registry itself through the host primitives registryRead / registryWrite
 *   (PowerShell: Microsoft.Win32.RegistryKey, 64-bit view; Node: reg.exe).
 * Both count every operation as one write. When write N fails, writes 1..N-1 stay applied and the
 * error names the operation: that is what the live registry does (it has no transactions), so the
 * image behaves the same and callers must roll back themselves (repair and restore do).
 * Fault injection for tests: `failAtWrite` N > 0 makes write N fail with W2D1402.
 */
import { host } from '../../host/host.js';
import type { RegistryKey, RegistrySnapshot } from '../model/registry.js';
import type { Bytes } from '../../host/primitives.js';
import { REGISTRY_IMAGE_VARIABLE } from '../about.js';
import { parseRegFile, regFileToSnapshot } from '../formats/reg/reader.js';
import { writeRegFile } from '../formats/reg/writer.js';
import { type RegistryOperation, describeOperation } from './registry-operation.js';
import { applyToWorking } from './apply-operation.js';
import { snapshotOfWorking, workingRegistryOf } from './working-registry.js';
import { isKeyAtOrUnder } from './key-order.js';

/** W2D1402: a write failed; the writes before it were applied. */
export const W2D1402_WRITE_FAILED = 'W2D1402';
/** W2D1403: no registry to change: not Windows and no registry image. */
export const W2D1403_NO_REGISTRY = 'W2D1403';

export interface RegistryStore {
  /** 'image' or 'live'. */
  kind: string;
  /** The .reg file standing in for HKLM ('' for the live registry). */
  imagePath: string;
  /** For tests only: the write number (1-based, over the store's life) that fails; 0 for none. */
  failAtWrite: number;
  /** Writes attempted so far. */
  writes: number;
  /** The image's bytes when last read or written, and their snapshot: parsing is the costly part. */
  cachedImage: Bytes;
  cachedSnapshot: RegistrySnapshot;
}

export function newStore(kind: string, imagePath: string, failAtWrite: number): RegistryStore {
  return { kind, imagePath, failAtWrite, writes: 0, cachedImage: host.bytesAlloc(0), cachedSnapshot: { keys: [] } };
}

/** The registry of this machine: the image named by WINSOCK2DOCTOR_REGISTRY, else the live registry on Windows. */
export function openMachineRegistry(failAtWrite: number): RegistryStore {
  const image = host.getEnv(REGISTRY_IMAGE_VARIABLE);
  if (image !== undefined && image !== '') return newStore('image', image, failAtWrite);
  if (host.platform() !== 'Windows') {
    throw new Error(
      `${W2D1403_NO_REGISTRY}: there is no registry to change on ${host.platform()}: set ${REGISTRY_IMAGE_VARIABLE} to a .reg file that stands in for HKLM, or work on files (-Path and -Destination)`,
    );
  }
  return newStore('live', '', failAtWrite);
}

/** Where the store's data lives, for results and messages. */
export function describeRegistryStore(store: RegistryStore): string {
  return store.kind === 'image' ? `registry image ${store.imagePath}` : `registry of ${host.computerName()}`;
}

/** The image as a snapshot, parsed again only when its bytes changed since the store last saw them. */
function readImage(store: RegistryStore): RegistrySnapshot {
  const bytes = host.readFileBytes(store.imagePath);
  if (store.cachedImage.length > 0 && host.bytesEqual(bytes, store.cachedImage)) return store.cachedSnapshot;
  const snapshot = regFileToSnapshot(parseRegFile(bytes));
  store.cachedImage = bytes;
  store.cachedSnapshot = snapshot;
  return snapshot;
}

/** The keys at or under each root, in registry order (a root that does not exist contributes nothing). */
export function readRegistryTrees(store: RegistryStore, roots: string[]): RegistrySnapshot {
  if (store.kind === 'image') {
    const all = readImage(store);
    return { keys: all.keys.filter((k) => roots.some((r) => isKeyAtOrUnder(k.path, r))) };
  }
  const keys: RegistryKey[] = [];
  for (const root of roots) {
    for (const key of host.registryRead(root).keys) keys.push(key);
  }
  return { keys };
}

function injectedFailure(store: RegistryStore, op: RegistryOperation): string {
  return `${W2D1402_WRITE_FAILED}: write ${store.writes} failed (injected for a test): ${describeOperation(op)}`;
}

/** Applies the operations in order; see the file comment for what a failure leaves behind. */
export function applyRegistryOperations(store: RegistryStore, ops: RegistryOperation[]): void {
  if (ops.length === 0) return;
  if (store.kind !== 'image') {
    for (const op of ops) {
      store.writes = store.writes + 1;
      if (store.writes === store.failAtWrite) throw new Error(injectedFailure(store, op));
      const v = op.value;
      host.registryWrite(op.action, op.path, v === undefined ? '' : v.name, v === undefined ? 0 : v.type, v === undefined ? host.bytesAlloc(0) : v.data);
    }
    return;
  }
  let working = workingRegistryOf(readImage(store));
  let applied = 0;
  let failure = '';
  for (const op of ops) {
    store.writes = store.writes + 1;
    if (store.writes === store.failAtWrite) {
      failure = injectedFailure(store, op);
      break;
    }
    try {
      working = applyToWorking(working, op);
      applied++;
    } catch (e) {
      failure = `${W2D1402_WRITE_FAILED}: write ${store.writes} failed: ${(e as Error).message}`;
      break;
    }
  }
  if (applied > 0) {
    const snapshot = snapshotOfWorking(working);
    const bytes = writeRegFile(snapshot);
    host.writeFileAtomic(store.imagePath, bytes);
    store.cachedImage = bytes;
    store.cachedSnapshot = snapshot;
  }
  if (failure !== '') throw new Error(failure);
}
