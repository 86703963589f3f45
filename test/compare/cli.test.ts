/** `winsock2-doctor diff`: the core's JSON with --json, a readable table otherwise; exit 0 / 1 / 3. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../tools/toolchain.js';
import { compareCatalogSources } from '../../src/core/compare/compare-catalog-sources.js';
import { fixture } from './helpers.js';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repoRoot, 'src', 'cli', 'main.ts');

function diff(...args: string[]) {
  return spawnSync(tsx, [cli, 'diff', ...args], { encoding: 'utf8', env: { ...process.env, WINSOCK2DOCTOR_REGISTRY: fixture('win10-x64-lsp.reg') } });
}

describe('winsock2-doctor diff', () => {
  it('prints the core comparison as JSON with --json and exits 1 when the catalogs differ', () => {
    const a = fixture('win10-x64.reg');
    const b = fixture('win10-x64-values-damaged.reg');
    const r = diff(a, b, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(compareCatalogSources(a, b))));
  });

  it('exits 0 for identical catalogs', () => {
    const r = diff(fixture('win10-x64.reg'), fixture('win10-x64.reg'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Identical');
  });

  it('prints a table and one `field: old -> new` line per change', () => {
    const r = diff(fixture('win10-x64.reg'), fixture('win10-x64-values-damaged.reg'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Different: Protocol64 1 removed, 2 changed');
    expect(r.stdout).toMatch(/^Removed\s+Protocol64\s+000000000003\s+1003\s+MSAFD Tcpip \[UDP\/IP\]$/m);
    expect(r.stdout).toContain('  libraryPath: "%SystemRoot%\\system32\\mswsock.dll" -> "mswsock.dll"');
  });

  it('compares with this machine (the registry image) when only the reference is given', () => {
    const r = diff(fixture('win10-x64.reg'), '--json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { summary: { added: number; differenceSource: string } };
    expect(json.summary.added).toBe(10);
    expect(json.summary.differenceSource).toContain('registry image');
  });

  it('exits 3 on an input error or a wrong number of inputs', () => {
    const missing = diff(fixture('win10-x64.reg'), fixture('no-such.reg'));
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('W2D9010');
    expect(diff().status).toBe(3);
    expect(diff('a', 'b', 'c').status).toBe(3);
  });
});
