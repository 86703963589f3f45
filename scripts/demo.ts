/**
 * `npm run demo`: builds the module and runs it in the pinned pwsh, as an admin would. It grows with
 * the issues: today the module's smoke cmdlet; Test-Winsock2Catalog on an embedded sample catalog
 * (a Windows 10 catalog whose LSP was removed without its chains) once that cmdlet exists.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureToolchain, pwshPath, pwshEnv, repoRoot } from '../tools/toolchain.js';

ensureToolchain((line) => process.stdout.write(`setup: ${line}\n`));
execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'codegen', 'main.ts')], { stdio: 'inherit' });
const manifest = path.join(repoRoot, 'module', 'Winsock2Doctor', 'Winsock2Doctor.psd1');
process.stdout.write(`\nPS> Import-Module ${path.relative(repoRoot, manifest)}\nPS> Get-Winsock2DoctorInfo\n`);
execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', `Import-Module '${manifest}'; Get-Winsock2DoctorInfo | Format-List`], { stdio: 'inherit', env: pwshEnv() });
process.stdout.write('The catalog diagnosis (Test-Winsock2Catalog on the embedded sample) is the next slice of work; see the README.\n');
