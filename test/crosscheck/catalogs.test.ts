/**
 * Issue 4 item 9: every catalog fixture (regedit-style .reg files, netsh captures, JSON snapshots) read by the core
 * in Node and by the compiled module in pwsh (one session) gives identical JSON.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { crosscheck, type CrosscheckResult } from '../../src/cli/crosscheck.js';
import { repoRoot } from '../../tools/toolchain.js';

function fixtures(): string[] {
  const dir = path.join(repoRoot, 'test', 'fixtures');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => (f.endsWith('.reg') || (f.startsWith('netsh') && f.endsWith('.txt')) || (f.startsWith('json') && f.includes('snapshot-'))) && !f.includes('README'))
    .map((f) => path.join(dir, f))
    .sort();
}

describe('catalog cross-check: Node and the PowerShell module agree on every fixture', () => {
  const files = fixtures();
  let results: CrosscheckResult[] = [];

  it('reads every fixture in both engines', async () => {
    results = await crosscheck(files);
    expect(files.length).toBeGreaterThan(10);
    expect(results.length).toBe(files.length);
  }, 900_000);

  it('gives identical JSON for each', () => {
    const different = results.filter((r) => !r.equal).map((r) => `${path.relative(repoRoot, r.input)}\n  node: ${r.node.slice(0, 300)}\n  ps:   ${r.ps.slice(0, 300)}`);
    expect(different).toEqual([]);
  });
});
