/**
 * The Node host's command line, `winsock2-doctor`: the same core TypeScript the module is compiled
 * from, run in Node. Commands grow with the issues (catalog, test, backup, repair, diff, crosscheck).
 */
import { toolInfo, TOOL_NAME, TOOL_VERSION } from '../core/about.js';
import { readCatalogs } from '../core/sources/read-catalogs.js';
import type { Catalogs } from '../core/model/catalog.js';
import { crosscheck } from './crosscheck.js';
import { repairCommand } from './repair-command.js';
import { testCatalog, type TestResult } from '../core/report/build-report.js';
import { compareCatalogSources } from '../core/compare/compare-catalog-sources.js';
import type { CatalogComparison } from '../core/compare/types.js';
import { backupWinsockKeys, type Backup } from '../core/backup/backup-winsock-keys.js';
import { previewRestore, restoreWinsockKeys, type RestoreResult } from '../core/backup/restore-winsock-keys.js';
import { defaultBackupFolder } from '../core/backup/backup-folder.js';

interface Command {
  summary: string;
  run(args: string[]): number | Promise<number>;
}

function printJsonOrText(value: object, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    return;
  }
  const entries = Object.entries(value);
  const width = Math.max(...entries.map(([k]) => k.length));
  for (const [k, v] of entries) process.stdout.write(`${k.padEnd(width)} : ${String(v)}\n`);
}

/** Columns of a plain-text table, each as wide as its longest cell. */
function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

function printCatalogs(c: Catalogs): void {
  process.stdout.write(`Source: ${c.source} (${c.sourceKind})\n\n`);
  process.stdout.write(
    table(
      ['Catalog', 'Key', 'ID', 'Type', 'Name', 'AF', 'Socket', 'Proto', 'Chain', 'Library'],
      c.protocolEntries.map((e) => [e.catalog, e.key ?? '', String(e.catalogEntryId), e.entryType, e.protocolName, String(e.addressFamily), String(e.socketType), String(e.protocol), e.chainEntries.join(':'), e.libraryPath]),
    ),
  );
  if (c.nameSpaceEntries.length > 0) {
    process.stdout.write('\n' + table(['Catalog', 'Key', 'Name', 'NS', 'Enabled', 'Library'], c.nameSpaceEntries.map((e) => [e.catalog, e.key ?? '', e.displayString, String(e.nameSpace), String(e.enabled), e.libraryPath])));
  }
  for (const i of c.decodeIssues) process.stdout.write(`\n${i.id}: ${i.message}`);
  if (c.limitations.length > 0) process.stdout.write(`\n\nWhat this source cannot contain:\n${c.limitations.map((l) => `- ${l}`).join('\n')}\n`);
}

function printComparison(c: CatalogComparison): void {
  const { summary } = c;
  process.stdout.write(`Reference:  ${summary.referenceSource}\nDifference: ${summary.differenceSource}\n${summary.summary}\n`);
  if (c.differences.length > 0) {
    const id = (n: number | null) => (n === null ? '' : String(n));
    process.stdout.write(
      '\n' +
        table(
          ['Change', 'Catalog', 'RefKey', 'DiffKey', 'RefID', 'DiffID', 'Name', 'Changed fields'],
          c.differences.map((d) => [d.change, d.catalog, d.referenceKey ?? '', d.differenceKey ?? '', id(d.referenceCatalogEntryId), id(d.differenceCatalogEntryId), d.name, d.changedFields.join(', ')]),
        ),
    );
  }
  for (const d of c.differences.filter((x) => x.change === 'Changed')) {
    process.stdout.write(`\n${d.catalog} ${d.name} (${d.referenceKey ?? '-'} -> ${d.differenceKey ?? '-'}):\n${d.changes.map((line) => `  ${line}`).join('\n')}\n`);
  }
  if (summary.fieldsNotCompared.length > 0) process.stdout.write(`\nNot compared (netsh text does not show them): ${summary.fieldsNotCompared.join(', ')}\n`);
}

/**
 * `--name <value>` and `--name=<value>` options out of `args`; the rest stays in `rest`. Returns an
 * error text when an option lacks its value or appears twice.
 */
function takeOptions(args: string[], names: string[]): { values: Map<string, string>; rest: string[]; error: string } {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const name = names.find((n) => a === `--${n}` || a.startsWith(`--${n}=`));
    if (name === undefined) {
      rest.push(a);
      continue;
    }
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (value === undefined || value === '') return { values, rest, error: `--${name} needs a value` };
    if (values.has(name)) return { values, rest, error: `--${name} given twice` };
    values.set(name, value);
  }
  return { values, rest, error: '' };
}

/** Unknown `--options` among `rest` (after takeOptions), as an error text ('' when none). */
function unknownOptions(rest: string[], known: string[]): string {
  const unknown = rest.filter((a) => a.startsWith('--') && !known.includes(a));
  return unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : '';
}

function printBackup(b: Backup): void {
  process.stdout.write(`Backed up the Winsock keys of ${b.source}\n`);
  printJsonOrText({ path: b.path, manifestPath: b.manifestPath, sha256: b.sha256, entries: b.entries, verdict: b.verdict, time: b.time }, false);
}

function printRestore(r: RestoreResult, safetyFolder: string): void {
  if (r.status !== 'Restored') {
    process.stdout.write(
      `Would restore the ${r.keys} Winsock keys (${r.values} values) of ${r.path} into ${r.target}` +
        ` (manifest ${r.manifestChecked ? 'checked' : 'absent: not checked'}); the current keys would be saved first in ${safetyFolder}.\n` +
        'Nothing was changed. Run again with --force to restore.\n',
    );
    return;
  }
  process.stdout.write(`Restored the Winsock keys of ${r.target} from ${r.path}. Restart Windows for Winsock to use them.\n`);
  printJsonOrText({ safetyBackupPath: r.safetyBackupPath, keys: r.keys, values: r.values, writes: r.writes, manifestChecked: r.manifestChecked, exportMatchesBackup: r.exportMatchesBackup, rebootRequired: r.rebootRequired }, false);
}

const commands: Record<string, Command> = {
  crosscheck: {
    summary: 'Read each input in Node and with the PowerShell module; report any difference. [--json]',
    run: async (args) => {
      const inputs = args.filter((a) => !a.startsWith('--'));
      if (inputs.length === 0) {
        process.stderr.write('winsock2-doctor crosscheck: give one or more inputs\n');
        return 3;
      }
      const results = await crosscheck(inputs);
      if (args.includes('--json')) process.stdout.write(JSON.stringify(results.map((r) => ({ input: r.input, equal: r.equal })), null, 2) + '\n');
      else for (const r of results) process.stdout.write(`${r.equal ? 'same     ' : 'DIFFERENT'}  ${r.input}\n`);
      const differ = results.filter((r) => !r.equal).length;
      process.stdout.write(`${results.length - differ} same, ${differ} different\n`);
      return differ > 0 ? 1 : 0;
    },
  },
  catalog: {
    summary: 'List the catalog entries of each input (.reg export, netsh text; none: this machine). [--json]',
    run: (args) => {
      const json = args.includes('--json');
      const inputs = args.filter((a) => !a.startsWith('--'));
      const sources = inputs.length > 0 ? inputs : [undefined];
      let failed = false;
      const results: Catalogs[] = [];
      for (const input of sources) {
        try {
          results.push(readCatalogs(input));
        } catch (e) {
          failed = true;
          process.stderr.write(`winsock2-doctor: ${input ?? 'this machine'}: ${e instanceof Error ? e.message : String(e)}\n`);
        }
      }
      if (json) process.stdout.write(JSON.stringify(inputs.length > 1 ? results : results[0] ?? null, null, 2) + '\n');
      else results.forEach((c, i) => (i > 0 ? process.stdout.write('\n') : undefined, printCatalogs(c)));
      return failed ? 3 : 0;
    },
  },
  test: {
    summary: 'Check each input (.reg export, netsh text; none: this machine) and give a verdict with its findings. [--json] [--os-profile Auto|XP|Vista7|Win8to11|Server]',
    run: (args) => {
      const json = args.includes('--json');
      // --os-profile <name> or --os-profile=<name>: the profile to check against instead of the detected one.
      let osProfile: string | undefined;
      const rest: string[] = [];
      for (let i = 0; i < args.length; i++) {
        if (args[i] === '--os-profile') {
          osProfile = args[++i] ?? '';
          if (osProfile === '') {
            process.stderr.write('winsock2-doctor test: --os-profile needs a name (Auto, XP, Vista7, Win8to11, Server)\n');
            return 3;
          }
        } else if (args[i].startsWith('--os-profile=')) osProfile = args[i].slice('--os-profile='.length);
        else rest.push(args[i]);
      }
      const inputs = rest.filter((a) => !a.startsWith('--'));
      const sources = inputs.length > 0 ? inputs : [undefined];
      let inputError = false;
      const results: TestResult[] = [];
      for (const input of sources) {
        try {
          results.push(testCatalog(input, true, osProfile));
        } catch (e) {
          inputError = true;
          process.stderr.write(`winsock2-doctor: ${input ?? 'this machine'}: ${e instanceof Error ? e.message : String(e)}\n`);
        }
      }
      const shaped = results.map((r) => ({
        ...r.report,
        findings: r.findings.map((f) => ({ id: f.id, severity: f.severity, catalog: f.catalog, entryKey: f.entryKey, catalogEntryId: f.catalogEntryId, message: f.message, kbSymptom: f.kbSymptom, repair: f.repair })),
      }));
      if (json) process.stdout.write(JSON.stringify(inputs.length > 1 ? shaped : shaped[0] ?? null, null, 2) + '\n');
      else {
        results.forEach((r, i) => {
          if (i > 0) process.stdout.write('\n');
          const { report } = r;
          process.stdout.write(`${report.verdict}  ${report.source}\n${report.summary}\n`);
          process.stdout.write(`Entries: Protocol64 ${report.protocol64Entries}, Protocol32 ${report.protocol32Entries}, NameSpace64 ${report.nameSpace64Entries}, NameSpace32 ${report.nameSpace32Entries}\n`);
          process.stdout.write(`OS profile: ${report.osProfile}; provider DLLs: ${report.dllCheck === 'Checked' ? 'checked' : 'not checked (not this computer\'s live registry)'}\n`);
          if (r.findings.length > 0) {
            process.stdout.write('\n' + table(['Id', 'Severity', 'Catalog', 'Key', 'ID', 'Message'], r.findings.map((f) => [f.id, f.severity, f.catalog ?? '', f.entryKey ?? '', f.catalogEntryId === null ? '' : String(f.catalogEntryId), f.message])));
          }
        });
      }
      if (inputError) return 3;
      // The worst verdict decides: 0 Healthy/ThirdPartyPresent, 1 Degraded, 2 Corrupted.
      return results.reduce((code, r) => Math.max(code, r.report.verdict === 'Corrupted' ? 2 : r.report.verdict === 'Degraded' ? 1 : 0), 0);
    },
  },
  diff: {
    summary: 'Compare two sources entry by entry (<reference> [<difference>]; no difference: this machine): added, removed, changed. [--json]',
    run: (args) => {
      const json = args.includes('--json');
      const inputs = args.filter((a) => !a.startsWith('--'));
      if (inputs.length < 1 || inputs.length > 2) {
        process.stderr.write('winsock2-doctor diff: give a reference and, optionally, a difference source (default: this machine)\n');
        return 3;
      }
      let comparison: CatalogComparison;
      try {
        comparison = compareCatalogSources(inputs[0], inputs[1]);
      } catch (e) {
        process.stderr.write(`winsock2-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
        return 3;
      }
      if (json) process.stdout.write(JSON.stringify(comparison, null, 2) + '\n');
      else printComparison(comparison);
      // 0 identical, 1 differences (as diff(1) does).
      return comparison.summary.identical ? 0 : 1;
    },
  },
  repair: {
    summary: 'Repair offline: <in> --out <out> [--mode targeted|reset] [--remove-third-party] [--os-profile <p>] [--plan] [--json]; no <in>: this machine (after a verified backup).',
    run: (args) => repairCommand(args),
  },
  backup: {
    summary: 'Back up the Winsock and WinSock2 keys (this machine or --path <.reg|.json>) into a verified .reg file and manifest. [--destination <folder>] [--json]',
    run: (args) => {
      const { values, rest, error } = takeOptions(args, ['destination', 'path']);
      const problem = error !== '' ? error : unknownOptions(rest, ['--json']) !== '' ? unknownOptions(rest, ['--json']) : rest.some((a) => !a.startsWith('--')) ? `unexpected argument '${rest.find((a) => !a.startsWith('--'))}'` : '';
      if (problem !== '') {
        process.stderr.write(`winsock2-doctor backup: ${problem}\n`);
        return 3;
      }
      let backup: Backup;
      try {
        backup = backupWinsockKeys(values.get('destination'), values.get('path'));
      } catch (e) {
        process.stderr.write(`winsock2-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
        return 3;
      }
      if (rest.includes('--json')) process.stdout.write(JSON.stringify(backup, null, 2) + '\n');
      else printBackup(backup);
      return 0;
    },
  },
  restore: {
    summary: 'Restore a backup (<backup.reg>) after checking it; without --force only shows what it would do. [--destination <folder for the safety backup>] [--force] [--json]',
    run: (args) => {
      const { values, rest, error } = takeOptions(args, ['destination']);
      const inputs = rest.filter((a) => !a.startsWith('--'));
      const problem = error !== '' ? error : unknownOptions(rest, ['--json', '--force']) !== '' ? unknownOptions(rest, ['--json', '--force']) : inputs.length !== 1 ? 'give one backup .reg file' : '';
      if (problem !== '') {
        process.stderr.write(`winsock2-doctor restore: ${problem}\n`);
        return 3;
      }
      const destination = values.get('destination');
      let result: RestoreResult;
      let safetyFolder = destination ?? '';
      try {
        // Without --force every check runs and nothing is written (as -WhatIf does for the cmdlet).
        result = rest.includes('--force') ? restoreWinsockKeys(inputs[0], destination) : previewRestore(inputs[0]);
        if (safetyFolder === '' && result.status !== 'Restored') safetyFolder = defaultBackupFolder();
      } catch (e) {
        process.stderr.write(`winsock2-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
        return 3;
      }
      if (rest.includes('--json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else printRestore(result, safetyFolder);
      return 0;
    },
  },
  info: {
    summary: 'Show the version and what the tool would examine on this computer. [--json]',
    run: (args) => {
      printJsonOrText(toolInfo(), args.includes('--json'));
      return 0;
    },
  },
};

function usage(): string {
  const lines = [`${TOOL_NAME} ${TOOL_VERSION} - diagnose and repair a damaged Winsock2 catalog (KB811259)`, '', 'usage: winsock2-doctor <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(12)} ${c.summary}`);
  lines.push('', 'The PowerShell module Winsock2Doctor runs the same checks as cmdlets (Get-Command -Module Winsock2Doctor).');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 3 : 0;
  }
  if (name === '--version') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`winsock2-doctor: unknown command '${name}'\n\n${usage()}`);
    return 3;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`winsock2-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  },
);
