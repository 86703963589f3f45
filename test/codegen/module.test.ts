/** The generated module agrees with the cmdlet definitions (derived, never a hand list). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cmdlets } from '../../src/core/cmdlets/index.js';
import { TOOL_VERSION } from '../../src/core/about.js';
import { pwshPath, pwshEnv, repoRoot, moduleManifestPath } from '../../tools/toolchain.js';

const manifestPath = moduleManifestPath;

function pwshJson(command: string): unknown {
  return JSON.parse(execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', command], { env: pwshEnv(), encoding: 'utf8' }));
}

describe('generated module', () => {
  it('exports exactly the defined cmdlets', () => {
    const manifest = pwshJson(`Import-PowerShellDataFile '${manifestPath}' | ConvertTo-Json -Depth 5`) as { FunctionsToExport: string | string[] };
    expect([manifest.FunctionsToExport].flat().sort()).toEqual(cmdlets.map((c) => c.name).sort());
  });

  it('gives every defined cmdlet the defined parameters', () => {
    const names = cmdlets.map((c) => `'${c.name}'`).join(',');
    const actual = pwshJson(
      `Import-Module '${manifestPath}'; $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters; ` +
        `@(foreach ($n in @(${names})) { [pscustomobject]@{ name = $n; parameters = @((Get-Command $n).Parameters.Keys | Where-Object { $_ -notin $common }) } }) | ConvertTo-Json -Depth 4 -AsArray`,
    ) as { name: string; parameters: string[] }[];
    for (const c of cmdlets) {
      const found = actual.find((a) => a.name === c.name);
      expect(found?.parameters.sort()).toEqual(c.parameters.map((p) => p.name).sort());
    }
  });

  it('carries the version of package.json, in the manifest and in core', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
    expect(readFileSync(manifestPath, 'utf8')).toContain(`ModuleVersion = '${pkg.version}'`);
  });

  it('is written as UTF-8 with a byte order mark (Windows PowerShell 5.1 reads BOM-less files as ANSI)', () => {
    for (const f of ['Winsock2Doctor.psd1', 'Winsock2Doctor.psm1']) {
      const bytes = readFileSync(path.join(repoRoot, 'module', 'Winsock2Doctor', f));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });
});
