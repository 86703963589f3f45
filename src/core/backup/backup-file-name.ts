/**
 * Backup file names that sort by time and never collide with an existing backup:
 * `Winsock2Doctor-<COMPUTER>-<yyyyMMddTHHmmssfffZ>-<nn>.reg`, nn = 01, 02, ... the first free one.
 * The manifest has the same name with `.json`.
 */
import { host } from '../../host/host.js';

/** `2026-11-25T12:34:56.789Z` -> `20261125T123456789Z`. */
export function compactUtcTime(iso: string): string {
  return iso.replaceAll('-', '').replaceAll(':', '').replaceAll('.', '');
}

/** Only letters, digits, '-' and '_' of the computer name (a name is not a path). */
function safeName(name: string): string {
  let out = '';
  for (const ch of name) {
    const ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-' || ch === '_';
    out += ok ? ch : '_';
  }
  return out === '' ? 'computer' : out;
}

export function manifestPathFor(regPath: string): string {
  return regPath.toLowerCase().endsWith('.reg') ? `${regPath.slice(0, regPath.length - 4)}.json` : `${regPath}.json`;
}

/** The first free backup path in `folder` for this computer and time. */
export function newBackupPath(folder: string, computerName: string, isoTime: string): string {
  const stem = `Winsock2Doctor-${safeName(computerName)}-${compactUtcTime(isoTime)}`;
  for (let n = 1; n < 100; n++) {
    const path = host.joinPath(folder, `${stem}-${`${n}`.padStart(2, '0')}.reg`);
    if (!host.fileExists(path) && !host.fileExists(manifestPathFor(path))) return path;
  }
  throw new Error(`W2D1505: 99 backups of ${computerName} at ${isoTime} already exist in '${folder}'`);
}
