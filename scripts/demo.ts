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
// The embedded sample: a Windows 10 x64 catalog whose LSP was removed without its chains.
const sample = path.join(repoRoot, 'test', 'fixtures', 'win10-x64-lsp-orphaned.reg');
const commands = [
  `Import-Module '${manifest}'`,
  'Get-Winsock2DoctorInfo',
  `Get-Winsock2Catalog -Path '${sample}' | Where-Object Catalog -EQ 'Protocol64' | Format-Table CatalogEntryId, EntryType, ChainEntries, ProtocolName, LibraryPath -AutoSize`,
];
for (const c of commands.slice(1)) process.stdout.write(`PS> ${c.replace(repoRoot + '/', '')}\n`);
execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', commands.join('; ')], { stdio: 'inherit', env: pwshEnv() });
process.stdout.write(
  'The chains above point at catalog IDs that no longer exist (their LSP was removed): the diagnosis\n' +
    'that says so, Test-Winsock2Catalog, is the next slice of work (issue 5).\n',
);
