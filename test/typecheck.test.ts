/** The whole repository type-checks under the strict tsconfig (core, codegen, host, tests, scripts). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../tools/toolchain.js';

describe('tsc --noEmit', () => {
  it('reports no type error', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', repoRoot], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);
});
