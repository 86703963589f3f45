/**
 * writeNewPrivateFile in both engines: the file is readable by its owner only (mode 0600; on Windows
 * the ACL is checked by the Pester suite), appears complete and never replaces an existing file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodePrimitives } from '../../src/host/node/index.js';
import { pwshEnv, pwshPath, repoRoot } from '../../tools/toolchain.js';

const dir = mkdtempSync(path.join(tmpdir(), 'w2d-private-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pwshWrite(file: string): string {
  const script = `. '${path.join(repoRoot, 'src', 'host', 'ps', 'writeNewPrivateFile.ps1')}'; try { host_writeNewPrivateFile '${file}' ([byte[]](1,2,3)); 'ok' } catch { $_.Exception.Message }`;
  const r = spawnSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', script], { env: pwshEnv(), encoding: 'utf8' });
  return r.stdout.trim();
}

describe.skipIf(process.platform === 'win32')('writeNewPrivateFile: private, complete, never replaces', () => {
  it('Node: mode 0600, content, W2D9012 on an existing file, no temporary file left', () => {
    const f = path.join(dir, 'node.reg');
    nodePrimitives.writeNewPrivateFile(f, new Uint8Array([1, 2, 3]));
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect([...readFileSync(f)]).toEqual([1, 2, 3]);
    expect(() => nodePrimitives.writeNewPrivateFile(f, new Uint8Array([9]))).toThrow(/^W2D9012:/);
    expect([...readFileSync(f)]).toEqual([1, 2, 3]);
  });
  it('PowerShell: mode 0600, content, W2D9012 on an existing file', () => {
    const f = path.join(dir, 'ps.reg');
    expect(pwshWrite(f)).toBe('ok');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect([...readFileSync(f)]).toEqual([1, 2, 3]);
    writeFileSync(path.join(dir, 'taken.reg'), 'x');
    expect(pwshWrite(path.join(dir, 'taken.reg'))).toMatch(/^W2D9012:/);
    expect(readFileSync(path.join(dir, 'taken.reg'), 'utf8')).toBe('x');
    expect(readdirSync(dir).filter((n) => n.endsWith('.w2d-tmp'))).toEqual([]);
  });
});
