/**
 * `npm run demo`: builds the module and runs Test-Winsock2Catalog in the pinned pwsh, as an admin
 * would, on the embedded sample: a Windows 10 catalog whose LSP was removed without its chains; then
 * repairs a copy of it offline with Repair-Winsock2 and tests the result.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureToolchain, pwshPath, pwshEnv, repoRoot, moduleManifestPath } from '../tools/toolchain.js';

ensureToolchain((line) => process.stdout.write(`setup: ${line}\n`));
execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'codegen', 'main.ts')], { stdio: 'inherit' });
const manifest = moduleManifestPath;
// The embedded sample: a Windows 10 x64 catalog whose LSP was removed without its chains.
const sample = path.join(repoRoot, 'test', 'fixtures', 'win10-x64-lsp-orphaned.reg');

/** Shows each command (after the Import-Module) as an admin would type it, then runs them in one pwsh. */
function run(commands: string[]): void {
  for (const c of commands.slice(1)) process.stdout.write(`PS> ${c.replaceAll(repoRoot + '/', '')}\n`);
  execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', commands.join('; ')], { stdio: 'inherit', env: pwshEnv() });
}

run([
  `Import-Module '${manifest}'`,
  `Test-Winsock2Catalog -Path '${sample}'`,
  `Test-Winsock2Catalog -Path '${sample}' -Detailed | Where-Object { $_.PSObject.TypeNames[0] -eq 'Winsock2Doctor.Finding' } | Format-List Id, Severity, Catalog, EntryKey, CatalogEntryId, Message`,
]);
process.stdout.write(
  'The four chains of the removed LSP still point at its catalog ID, in both catalogs: sockets of those\n' +
    'protocols fail (KB811259: "An operation was attempted on something that is not a socket").\n\n',
);
// The repair, offline on a copy: the sample itself is never changed.
const repaired = path.join(mkdtempSync(path.join(os.tmpdir(), 'winsock2doctor-demo-')), 'repaired.reg');
run([
  `Import-Module '${manifest}'`,
  `$r = Repair-Winsock2 -Path '${sample}' -Destination '${repaired}' -Force`,
  `$r.Steps | Format-Table Order, Action, FindingIds, Writes -AutoSize`,
  `$r | Format-List Mode, Status, VerdictBefore, VerdictAfter, Remaining`,
  `Test-Winsock2Catalog -Path '${repaired}'`,
]);
process.stdout.write(
  'Targeted removed only the orphaned chains, renumbered the rest and fixed the counters. On a real\n' +
    'machine Repair-Winsock2 (no -Path) backs up both keys first, asks per step and rolls back by itself.\n',
);
