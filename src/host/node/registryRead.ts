import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegistryTree } from '../primitives.js';
import { parseRegFile, regFileToSnapshot } from '../../core/formats/reg/reader.js';

/**
 * The live registry subtree through `reg export <key> <file> /y /reg:64` (no native addon), read back
 * with core's .reg reader. A key that does not exist (`reg query` fails) gives no keys.
 */
export function registryRead(path: string): RegistryTree {
  if (process.platform !== 'win32') throw new Error('W2D9030: there is no Windows registry on this system');
  if (spawnSync('reg', ['query', path, '/reg:64'], { windowsHide: true }).status !== 0) return { keys: [] };
  const dir = mkdtempSync(join(tmpdir(), 'w2d-reg-'));
  try {
    const file = join(dir, 'export.reg');
    const r = spawnSync('reg', ['export', path, file, '/y', '/reg:64'], { windowsHide: true });
    if (r.status !== 0) throw new Error(`W2D9031: cannot read registry key '${path}'`);
    return regFileToSnapshot(parseRegFile(readFileSync(file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
