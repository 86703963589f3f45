import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Bytes } from '../primitives.js';

/**
 * Writes the file atomically: a uniquely named temporary file in the same folder
 * (`.<name>.<random>.w2d-tmp`), written and fsynced, then renamed over the target. On failure the
 * temporary file is removed and the target is untouched (W2D9011).
 */
export function writeFileAtomic(path: string, bytes: Bytes): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.w2d-tmp`);
  let fd = -1;
  try {
    fd = openSync(temp, 'wx');
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(temp, target);
  } catch {
    if (fd !== -1) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the original error is reported below
      }
    }
    rmSync(temp, { force: true });
    throw new Error(`W2D9011: cannot write file '${path}'`);
  }
}
