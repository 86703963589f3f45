import { spawnSync } from 'node:child_process';

/**
 * true when the process runs elevated: on Windows when its token holds the Administrators group
 * enabled (probed with `fltmc`, which only an elevated administrator may run); elsewhere when the
 * effective user is root.
 */
export function isElevated(): boolean {
  if (process.platform === 'win32') {
    const r = spawnSync('fltmc', [], { windowsHide: true, stdio: 'ignore' });
    return r.error === undefined && r.status === 0;
  }
  return typeof process.geteuid === 'function' && process.geteuid() === 0;
}
