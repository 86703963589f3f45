import { closeSync, existsSync, fsyncSync, linkSync, openSync, rmSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Bytes } from '../primitives.js';

/**
 * A new file only administrators can read: a temporary file in the same folder created with mode
 * 0600 (on Windows: icacls leaves Administrators and SYSTEM only), written and fsynced, then linked
 * under its name, which fails rather than replace an existing file (W2D9012), and the temporary
 * name removed. Any other failure: W2D9011, and nothing is left behind.
 */
export function writeNewPrivateFile(path: string, bytes: Bytes): void {
  const target = resolve(path);
  if (existsSync(target)) throw new Error(`W2D9012: '${path}' already exists and is never replaced`);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.w2d-tmp`);
  let fd = -1;
  let exists = false;
  try {
    fd = openSync(temp, 'wx', 0o600);
    if (process.platform === 'win32') {
      const r = spawnSync('icacls', [temp, '/inheritance:r', '/grant:r', '*S-1-5-32-544:F', '*S-1-5-18:F'], { windowsHide: true });
      if (r.status !== 0) throw new Error('icacls failed');
    }
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    try {
      linkSync(temp, target);
    } catch (e) {
      exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
      throw e;
    }
  } catch {
    if (fd !== -1) closeSync(fd);
    rmSync(temp, { force: true });
    if (exists) throw new Error(`W2D9012: '${path}' already exists and is never replaced`);
    throw new Error(`W2D9011: cannot write file '${path}'`);
  }
  rmSync(temp, { force: true });
}
