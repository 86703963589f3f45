/**
 * Where backups go when no folder is given: `%ProgramData%\Winsock2Doctor\Backups` on Windows
 * (machine-wide, next to other tools' state, readable by administrators), elsewhere
 * `$XDG_DATA_HOME/winsock2doctor/backups` or `~/.local/share/winsock2doctor/backups`.
 */
import { host } from '../../host/host.js';

export const W2D1504_NO_BACKUP_FOLDER = 'W2D1504';

function env(name: string): string {
  return host.getEnv(name) ?? '';
}

export function defaultBackupFolder(): string {
  if (host.platform() === 'Windows') {
    const programData = env('ProgramData') !== '' ? env('ProgramData') : 'C:\\ProgramData';
    return host.joinPath(host.joinPath(programData, 'Winsock2Doctor'), 'Backups');
  }
  if (env('XDG_DATA_HOME') !== '') return host.joinPath(host.joinPath(env('XDG_DATA_HOME'), 'winsock2doctor'), 'backups');
  if (env('HOME') === '') throw new Error(`${W2D1504_NO_BACKUP_FOLDER}: no default backup folder (HOME is not set): give -Destination`);
  return host.joinPath(host.joinPath(host.joinPath(host.joinPath(env('HOME'), '.local'), 'share'), 'winsock2doctor'), 'backups');
}
