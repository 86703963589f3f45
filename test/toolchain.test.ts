import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertAcceptablePwshVersion,
  pesterManifestPath,
  pinnedPwshVersion,
  pwshEnv,
  pwshPath,
  repoRoot,
} from '../tools/toolchain.js';

describe('pinned toolchain', () => {
  it('the tool manifest pins PowerShell 7.6.9 without roll-forward (never 7.7)', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, '.config', 'dotnet-tools.json'), 'utf8'));
    expect(manifest.tools.powershell.version).toBe('7.6.9');
    expect(manifest.tools.powershell.rollForward).toBe(false);
    expect(manifest.tools.powershell.version).not.toMatch(/^7\.7\./);
    expect(pinnedPwshVersion()).toBe('7.6.9');
  });

  it('refuses PowerShell 7.7 and later, and inexact versions', () => {
    expect(() => assertAcceptablePwshVersion('7.6.9')).not.toThrow();
    expect(() => assertAcceptablePwshVersion('7.7.0')).toThrow(/\.NET 11/);
    expect(() => assertAcceptablePwshVersion('7.7.1')).toThrow(/must not be taken/);
    expect(() => assertAcceptablePwshVersion('8.0.0')).toThrow();
    expect(() => assertAcceptablePwshVersion('7.6.*')).toThrow(/exact/);
    expect(() => assertAcceptablePwshVersion('7.6.9-preview.1')).toThrow(/exact/);
  });

  it('pwshPath() is an absolute path to .tools/pwsh/pwsh that exists', () => {
    expect(path.isAbsolute(pwshPath())).toBe(true);
    expect(path.relative(repoRoot, pwshPath()).split(path.sep).slice(0, 2)).toEqual(['.tools', 'pwsh']);
    expect(existsSync(pwshPath())).toBe(true);
  });

  it('the pinned pwsh reports 7.6.9', () => {
    const r = spawnSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'], {
      env: pwshEnv(),
      encoding: 'utf8',
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('7.6.9');
  });

  it('Pester 5.7.1 is restored at the pinned path', () => {
    expect(pesterManifestPath()).toBe(path.join(repoRoot, '.tools', 'nuget', 'pester', '5.7.1', 'tools', 'Pester.psd1'));
    expect(existsSync(pesterManifestPath())).toBe(true);
  });

  it('pwshEnv() sets TERM=dumb and keeps the process environment', () => {
    const env = pwshEnv();
    expect(env['TERM']).toBe('dumb');
    expect(env['PATH']).toBe(process.env['PATH']);
  });
});
