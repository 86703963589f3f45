/**
 * `npm run --silent ps -- '<PowerShell command>'`: run one command in the project's pinned pwsh
 * (-NoProfile -NonInteractive) with the generated module imported from
 * module/Winsock2Doctor/Winsock2Doctor.psd1. stdout/stderr pass through; the exit code is pwsh's
 * (0 on success, the script's `exit N`, 1 when the last command failed).
 *
 * Exit 2 with a message when the module has not been built, the import fails, or pwsh is missing.
 * Several arguments are joined with spaces into one command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { psQuote, pwshEnv, pwshPath, repoRoot, moduleManifestPath } from '../tools/toolchain.js';

const manifest = moduleManifestPath;
const command = process.argv.slice(2).join(' ');

if (command.trim() === '') {
  console.error("usage: npm run --silent ps -- '<PowerShell command>'");
  console.error("  e.g. npm run --silent ps -- 'Get-Command -Module Winsock2Doctor'");
  process.exit(2);
}
if (!existsSync(manifest)) {
  console.error(`ps: the module manifest ${path.relative(repoRoot, manifest)} does not exist yet: run 'npm run build' first.`);
  process.exit(2);
}
if (!existsSync(pwshPath())) {
  console.error(`ps: ${pwshPath()} is missing: run 'npm run setup' first.`);
  process.exit(2);
}

const script = [
  `try { Import-Module -Name ${psQuote(manifest)} -Force -ErrorAction Stop }`,
  'catch { [Console]::Error.WriteLine("ps: importing Winsock2Doctor failed: $($_.Exception.Message)"); exit 2 }',
  command,
].join('\n');

const r = spawnSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', script], {
  // npm runs scripts in the package root; run the command where the user typed it.
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  env: pwshEnv(),
  stdio: 'inherit',
});
if (r.error) {
  console.error(`ps: could not start ${pwshPath()}: ${r.error.message}`);
  process.exit(2);
}
process.exit(r.status ?? 1);
