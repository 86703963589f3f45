/**
 * Backup-WinsockKeys: both keys KB811259 names (`Services\Winsock`, `Services\WinSock2`) into one
 * regedit-style .reg file plus a JSON manifest beside it, each created new (never over an existing
 * backup) and readable by administrators only. Verified before it returns: the file is read back,
 * its hash and its parsed content must equal what was meant to be written.
 */
import { host } from '../../host/host.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { TOOL_VERSION } from '../about.js';
import { parseRegFile, regFileToSnapshot } from '../formats/reg/reader.js';
import { writeRegFile } from '../formats/reg/writer.js';
import { readSourceFile } from '../sources/read-source-file.js';
import { describeRegistryStore, openMachineRegistry } from '../registry/registry-store.js';
import { exportWinsockKeys, winsockKeysOf } from '../registry/export-winsock-keys.js';
import { snapshotsEqual } from '../registry/snapshots-equal.js';
import { diagnoseSnapshot } from '../report/diagnose-snapshot.js';
import type { Report } from '../report/build-report.js';
import { defaultBackupFolder } from './backup-folder.js';
import { manifestPathFor, newBackupPath } from './backup-file-name.js';
import { type BackupManifest, manifestToJson } from './backup-manifest.js';

/** W2D1501: neither Winsock key exists in the source: nothing to back up. */
export const W2D1501_NOTHING_TO_BACK_UP = 'W2D1501';
/** W2D1502: the source holds no registry data (netsh text). */
export const W2D1502_NOT_REGISTRY_DATA = 'W2D1502';
/** W2D1503: the backup read back differs from what was written. */
export const W2D1503_BACKUP_NOT_VERIFIED = 'W2D1503';

export interface Backup {
  path: string;
  manifestPath: string;
  sha256: string;
  /** Protocol and name-space entries in all catalogs. */
  entries: number;
  verdict: string;
  /** ISO 8601 UTC. */
  time: string;
  computerName: string;
  source: string;
}

export interface BackupSource {
  snapshot: RegistrySnapshot;
  source: string;
  computerName: string;
}

/** The registry data of a saved .reg or JSON snapshot file (netsh text has none: W2D1502). */
export function readBackupSourceFile(path: string): BackupSource {
  const snapshot = readSourceFile(path).snapshot;
  if (snapshot === null) {
    throw new Error(`${W2D1502_NOT_REGISTRY_DATA}: '${path}' is not a .reg file or a JSON registry snapshot (netsh text holds no registry data to back up)`);
  }
  return { snapshot: winsockKeysOf(snapshot), source: path, computerName: '' };
}

/** This machine's keys (registry image or live registry). */
export function readMachineBackupSource(): BackupSource {
  const store = openMachineRegistry(0);
  return { snapshot: exportWinsockKeys(store), source: describeRegistryStore(store), computerName: host.computerName() };
}

/** Writes and verifies a backup of `source` into `folder`. */
export function writeBackup(source: BackupSource, folder: string, report?: Report): Backup {
  if (source.snapshot.keys.length === 0) {
    throw new Error(`${W2D1501_NOTHING_TO_BACK_UP}: neither Services\\Winsock nor Services\\WinSock2 exists in ${source.source}: nothing to back up`);
  }
  const time = host.nowUtcIso();
  // The caller may have diagnosed these keys already (a repair has): the same report, not computed twice.
  const r = report ?? diagnoseSnapshot(source.snapshot, source.source, source.computerName).report;
  const bytes = writeRegFile(source.snapshot);
  const sha256 = host.sha256Hex(bytes);
  host.ensureDirectory(folder);
  const path = newBackupPath(folder, source.computerName === '' ? 'offline' : source.computerName, time);
  host.writeNewPrivateFile(path, bytes);
  const back = host.readFileBytes(path);
  if (host.sha256Hex(back) !== sha256 || !snapshotsEqual(regFileToSnapshot(parseRegFile(back)), source.snapshot)) {
    throw new Error(`${W2D1503_BACKUP_NOT_VERIFIED}: the backup '${path}' read back differs from the registry data; do not rely on it`);
  }
  const registryFile = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const manifest: BackupManifest = {
    computerName: source.computerName,
    osProfile: r.osProfile,
    timeUtc: time,
    source: source.source,
    registryFile,
    sha256,
    protocol64Entries: r.protocol64Entries,
    protocol32Entries: r.protocol32Entries,
    nameSpace64Entries: r.nameSpace64Entries,
    nameSpace32Entries: r.nameSpace32Entries,
    verdict: r.verdict,
    toolVersion: TOOL_VERSION,
  };
  const manifestPath = manifestPathFor(path);
  host.writeNewPrivateFile(manifestPath, host.encodeText(manifestToJson(manifest), 'utf8'));
  return {
    path,
    manifestPath,
    sha256,
    entries: r.protocol64Entries + r.protocol32Entries + r.nameSpace64Entries + r.nameSpace32Entries,
    verdict: r.verdict,
    time,
    computerName: source.computerName,
    source: source.source,
  };
}

/**
 * Backup-WinsockKeys [-Destination <folder>] [-Path <source>]: this machine's keys (or those of a
 * saved .reg / JSON snapshot) into `destination` (default: defaultBackupFolder()).
 */
export function backupWinsockKeys(destination?: string, path?: string): Backup {
  const source = path !== undefined && path !== '' ? readBackupSourceFile(path) : readMachineBackupSource();
  const folder = destination !== undefined && destination !== '' ? destination : defaultBackupFolder();
  return writeBackup(source, folder);
}
