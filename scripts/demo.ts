/**
 * `npm run demo`: builds the module and runs Test-Winsock2Catalog in the pinned pwsh, as an admin
 * would, on the embedded sample: a Windows 10 catalog whose LSP was removed without its chains.
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
  `Test-Winsock2Catalog -Path '${sample}'`,
  `Test-Winsock2Catalog -Path '${sample}' -Detailed | Where-Object { $_.PSObject.TypeNames[0] -eq 'Winsock2Doctor.Finding' } | Format-List Id, Severity, Catalog, EntryKey, CatalogEntryId, Message`,
];
for (const c of commands.slice(1)) process.stdout.write(`PS> ${c.replace(repoRoot + '/', '')}\n`);
execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', commands.join('; ')], { stdio: 'inherit', env: pwshEnv() });
process.stdout.write(
  'The four chains of the removed LSP still point at its catalog ID, in both catalogs: sockets of those\n' +
    'protocols fail (KB811259: "An operation was attempted on something that is not a socket").\n' +
    'Repair-Winsock2 (backup, targeted repair, undo) is the next slice of work.\n',
);
