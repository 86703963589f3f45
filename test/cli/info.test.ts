/** The Node CLI and the module report the same tool information (the same core, two engines). */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pwshPath, pwshEnv, repoRoot, moduleManifestPath } from '../../tools/toolchain.js';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repoRoot, 'src', 'cli', 'main.ts');

describe('winsock2-doctor info', () => {
  it('prints JSON equal to Get-Winsock2DoctorInfo (PascalCase there)', () => {
    const env = { ...process.env, WINSOCK2DOCTOR_REGISTRY: '/tmp/example-image.reg' };
    const node = JSON.parse(execFileSync(tsx, [cli, 'info', '--json'], { env, encoding: 'utf8' })) as Record<string, unknown>;
    const manifest = moduleManifestPath;
    const psOut = execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', `Import-Module '${manifest}'; Get-Winsock2DoctorInfo | ConvertTo-Json`], {
      env: pwshEnv({ WINSOCK2DOCTOR_REGISTRY: '/tmp/example-image.reg' }),
      encoding: 'utf8',
    });
    const fromPs = JSON.parse(psOut) as Record<string, unknown>;
    const pascal = Object.fromEntries(Object.entries(node).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v]));
    expect(fromPs).toEqual(pascal);
    expect(node.registrySource).toBe('/tmp/example-image.reg');
  });

  it('exits 3 with usage on an unknown command', () => {
    const r = spawnSync(tsx, [cli, 'no-such-command'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("unknown command 'no-such-command'");
  });
});
