/**
 * The stable interface other checks rely on: `npm run --silent run-both -- <snippet.ts>` prints exactly
 * one JSON object {"node","ps","equal","diagnostics"} and exits 0 (equal), 1 (values differ) or 2
 * (diagnostics).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../tools/toolchain.js';

function runBoth(file: string): { status: number | null; json: Record<string, unknown>; lines: number } {
  const r = spawnSync('npm', ['run', '--silent', 'run-both', '--', path.join(repoRoot, 'test', 'codegen', 'run-both-cli', file)], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TERM: 'xterm-from-test' },
  });
  const out = r.stdout.trim();
  return { status: r.status, json: JSON.parse(out) as Record<string, unknown>, lines: out.split('\n').length };
}

describe('npm run run-both', () => {
  it('exits 0 and prints one JSON object when both engines agree', () => {
    const r = runBoth('equal.ts');
    expect(r.lines).toBe(1);
    expect(r.status).toBe(0);
    expect(r.json).toEqual({ node: { empty: [], one: ['x'], nested: [[1]] }, ps: { empty: [], one: ['x'], nested: [[1]] }, equal: true, diagnostics: [] });
  }, 120_000);

  it('exits 1 when the values differ', () => {
    const r = runBoth('differs.ts');
    expect(r.status).toBe(1);
    expect(r.json).toMatchObject({ node: 'xterm-from-test', ps: 'dumb', equal: false, diagnostics: [] });
  }, 120_000);

  it('exits 2 with the diagnostic code, file, line and column', () => {
    const r = runBoth('diagnostic.ts');
    expect(r.status).toBe(2);
    const diagnostics = r.json.diagnostics as { code: string; file: string; line: number; column: number; message: string }[];
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'PSC1009', file: 'test/codegen/run-both-cli/diagnostic.ts', line: 4, column: 7 });
    expect(r.json.equal).toBe(false);
  }, 120_000);
});
