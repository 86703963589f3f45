import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bytes } from '../primitives.js';
import { writeRegFile } from '../../core/formats/reg/writer.js';

function reg(args: string[]): number {
  return spawnSync('reg', [...args, '/reg:64'], { windowsHide: true }).status ?? -1;
}

/**
 * One write to the live registry through reg.exe (64-bit view): `reg add` creates a key, `reg delete /f`
 * deletes a key tree or a value (nothing to do when it is absent), and a value is set by importing a
 * one-value .reg file written by core's writer, so its type and bytes arrive exactly.
 */
export function registryWrite(action: string, path: string, name: string, type: number, data: Bytes): void {
  if (process.platform !== 'win32') throw new Error('W2D9030: there is no Windows registry on this system');
  const fail = () => new Error(`W2D9032: cannot write the registry: ${action} ${path}${name === '' ? '' : ` '${name}'`}`);
  const exists = reg(['query', path]) === 0;
  switch (action) {
    case 'createKey':
      if (!exists && reg(['add', path, '/f']) !== 0) throw fail();
      return;
    case 'deleteKeyTree':
      if (exists && reg(['delete', path, '/f']) !== 0) throw fail();
      return;
    case 'deleteValue': {
      const which = name === '' ? ['/ve'] : ['/v', name];
      if (exists && reg(['query', path, ...which]) === 0 && reg(['delete', path, ...which, '/f']) !== 0) throw fail();
      return;
    }
    case 'setValue': {
      if (!exists) throw fail();
      const dir = mkdtempSync(join(tmpdir(), 'w2d-reg-'));
      try {
        const file = join(dir, 'value.reg');
        writeFileSync(file, writeRegFile({ keys: [{ path, values: [{ name, type, data }] }] }));
        if (reg(['import', file]) !== 0) throw fail();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    default:
      throw fail();
  }
}
