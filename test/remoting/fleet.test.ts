/**
 * Real PowerShell remoting over SSH (issue 5 and 6: the module runs across a fleet with
 * Invoke-Command): four simulated hosts on 127.0.0.1 (test/remoting/fleet.ts), each an sshd whose
 * `powershell` subsystem is the pinned pwsh and whose registry is its own image:
 *   h1 win10-x64.reg (Healthy), h2 win10-x64-lsp-orphaned.reg (Corrupted),
 *   h3 win10-x64-lsp.reg (ThirdPartyPresent), h4 an image path that does not exist.
 * One local pwsh session drives them with `Invoke-Command -HostName` / `-Session`, as an admin would.
 * Never skipped: without OpenSSH or when an sshd cannot start, beforeAll throws and every test fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodePowershell from 'node-powershell';
import { psQuote, pwshEnv, pwshPath, repoRoot, moduleManifestPath } from '../../tools/toolchain.js';
import { FleetError, startFleet, type Fleet, type FleetHost } from './fleet.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures');
const moduleManifest = moduleManifestPath;
const formatFile = path.join(repoRoot, 'module', 'Winsock2Doctor', 'Winsock2Doctor.Format.ps1xml');
const missingImage = path.join(os.tmpdir(), 'w2d-fleet-no-such-folder', 'hklm.reg');
const expectedVerdicts: Record<string, string> = { h1: 'Healthy', h2: 'Corrupted', h3: 'ThirdPartyPresent' };
const userSshConfig = path.join(os.homedir(), '.ssh', 'config');

const { PowerShell } = nodePowershell as unknown as typeof import('node-powershell');

/**
 * The admin's pwsh: one persistent process (node-powershell) whose PATH starts with the fleet's
 * `ssh` wrapper. Each script is written to a file and dot-sourced (node-powershell sends one line).
 * A step may take a minute on a loaded machine: invocations may take up to 5 minutes.
 */
class AdminShell {
  private counter = 0;
  private readonly scratch = mkdtempSync(path.join(os.tmpdir(), 'w2d-fleet-admin-'));
  private readonly shell: InstanceType<typeof PowerShell>;

  constructor(env: NodeJS.ProcessEnv) {
    this.shell = new PowerShell({
      executable: pwshPath(),
      executableOptions: { '-NoProfile': true, '-NonInteractive': true },
      spawnOptions: { env: pwshEnv({ PATH: env['PATH'] }) },
      invocationTimeout: 300_000,
      throwOnInvocationError: false,
    });
  }

  async run(script: string): Promise<string> {
    const file = path.join(this.scratch, `step-${++this.counter}.ps1`);
    writeFileSync(file, '\uFEFF' + script, 'utf8');
    const result = await this.shell.invoke(`. ${psQuote(file)}`);
    return result.raw.replace(/\r?\n$/, '');
  }

  async close(): Promise<void> {
    await this.shell.dispose();
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

let fleet: Fleet;
let shell: AdminShell | undefined;
const imageHashBefore = new Map<string, string>();
const timings: string[] = [];
let userSshConfigBefore = '';
let loadAtStart = '';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const host = (name: string) => fleet.hosts.find((h) => h.name === name) as FleetHost;
const describeFile = (file: string) => (existsSync(file) ? `${statSync(file).size} ${statSync(file).mtimeMs}` : 'absent');

interface RemoteError {
  host: string;
  id: string;
  message: string;
}

/**
 * Runs `body` in the local pwsh; `body` sets `$out`, returned parsed from JSON. A failure of the
 * script itself becomes a thrown error with PowerShell's message.
 */
async function pwshJson<T>(label: string, body: string): Promise<T> {
  const started = Date.now();
  const script = [
    "$ErrorActionPreference = 'Stop'",
    'try {',
    body,
    '} catch { $out = @{ scriptError = ($_ | Out-String) } }',
    'ConvertTo-Json -InputObject $out -Depth 8 -Compress',
  ].join('\n');
  const raw = await (shell as AdminShell).run(script);
  timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let value: T & { scriptError?: string };
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`${label}: pwsh did not answer JSON: ${raw}`);
  }
  if (value !== null && typeof value === 'object' && 'scriptError' in value) throw new Error(`${label}: ${value.scriptError}`);
  return value;
}

/** PowerShell that turns the error records in `$errs` into { host, id, message }. */
const errorsJson = '@($errs | ForEach-Object { [ordered]@{ host = [string]$_.OriginInfo.PSComputerName; id = [string]$_.FullyQualifiedErrorId; message = [string]$_.Exception.Message } })';

/** The property names of the module's list view for Winsock2Doctor.Report, in order. */
function reportViewProperties(): string[] {
  const xml = readFileSync(formatFile, 'utf8');
  const view = /<View>\s*<Name>Winsock2Doctor\.Report<\/Name>([\s\S]*?)<\/View>/.exec(xml);
  if (!view) throw new Error(`no view Winsock2Doctor.Report in ${formatFile}`);
  expect(view[1]).toContain('<TypeName>Deserialized.Winsock2Doctor.Report</TypeName>');
  return [...(view[1] as string).matchAll(/<PropertyName>(\w+)<\/PropertyName>/g)].map((m) => m[1] as string);
}

/** Format-List text as records of [label, value] (first line of each value). */
function listRecords(text: string): Array<Array<[string, string]>> {
  const records: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\w+)\s*: ?(.*)$/.exec(line);
    if (m) current.push([m[1] as string, (m[2] as string).trim()]);
    else if (line.trim() === '' && current.length > 0) {
      records.push(current);
      current = [];
    }
  }
  if (current.length > 0) records.push(current);
  return records;
}

describe('Winsock2Doctor across a simulated fleet (PowerShell remoting over SSH)', () => {
  beforeAll(async () => {
    const started = Date.now();
    loadAtStart = os.loadavg()[0]?.toFixed(1) ?? '?';
    if (!existsSync(moduleManifest)) throw new Error(`${moduleManifest} does not exist: run 'npm run build' first`);
    userSshConfigBefore = describeFile(userSshConfig);
    fleet = await startFleet([
      { name: 'h1', imageFrom: path.join(fixtures, 'win10-x64.reg') },
      { name: 'h2', imageFrom: path.join(fixtures, 'win10-x64-lsp-orphaned.reg') },
      { name: 'h3', imageFrom: path.join(fixtures, 'win10-x64-lsp.reg') },
      { name: 'h4', imagePath: missingImage },
    ]);
    for (const h of fleet.hosts) if (existsSync(h.image)) imageHashBefore.set(h.name, sha256(h.image));
    timings.push(`4 sshd started ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The local pwsh reaches h1..h4 through the fleet's ssh config (its `ssh` wrapper first on PATH).
    shell = new AdminShell(fleet.env());
    expect(await shell.run('(Get-Command ssh).Source')).toBe(path.join(fleet.binDir, 'ssh'));
  }, 300_000);

  afterAll(async () => {
    if (shell !== undefined) await shell.close();
    if (fleet !== undefined) await fleet.stop();
    // Every step is CPU-bound (four pwsh processes): the load average says how busy the machine was.
    console.log(`remoting timings: ${timings.join('; ')}; load average ${loadAtStart} at start, ${os.loadavg()[0]?.toFixed(1)} at end (${os.cpus().length} cores)`);
  }, 60_000);

  /** One `Invoke-Command -HostName h1,h2,h3,h4` call, shared by the two tests that read it. */
  let fleetCall: Promise<{
    reports: Array<{ host: string; verdict: string; source: string; types: string[] }>;
    errors: RemoteError[];
    plainList: string;
    viewList: string;
    viewDefault: string;
    viewTable: string;
  }> | undefined;
  const invokeAcrossFleet = () =>
    (fleetCall ??= pwshJson(
      'Invoke-Command -HostName h1,h2,h3,h4 { Import-Module; Test-Winsock2Catalog }',
      [
        '$errs = $null',
        '$reports = @(Invoke-Command -HostName h1,h2,h3,h4 -ScriptBlock { Import-Module Winsock2Doctor; Test-Winsock2Catalog } -ErrorAction SilentlyContinue -ErrorVariable errs | Sort-Object PSComputerName)',
        `$errorList = ${errorsJson}`,
        // Before the module is imported here: PowerShell's generic list of every property.
        '$plainList = $reports | Format-List | Out-String -Width 300',
        `Import-Module ${psQuote(moduleManifest)}`,
        '$out = [ordered]@{',
        '  reports = @($reports | ForEach-Object { [ordered]@{ host = [string]$_.PSComputerName; verdict = [string]$_.Verdict; source = [string]$_.Source; types = @($_.pstypenames) } })',
        '  errors = $errorList',
        '  plainList = $plainList',
        '  viewList = $reports | Format-List | Out-String -Width 300',
        '  viewDefault = $reports | Out-String -Width 300',
        '  viewTable = $reports | Format-Table | Out-String -Width 300',
        '}',
      ].join('\n'),
    ));

  it('Invoke-Command -HostName h1,h2,h3,h4 { Import-Module Winsock2Doctor; Test-Winsock2Catalog } gives one report per working host, tagged with PSComputerName, each from its own registry', async () => {
    const r = await invokeAcrossFleet();
    expect(r.reports.map((x) => x.host)).toEqual(['h1', 'h2', 'h3']);
    for (const report of r.reports) {
      expect(report.verdict).toBe(expectedVerdicts[report.host]);
      // Each host diagnosed its own registry image (WINSOCK2DOCTOR_REGISTRY set by its sshd).
      expect(report.source).toBe(`registry image ${host(report.host).image}`);
      expect(report.types[0]).toBe('Deserialized.Winsock2Doctor.Report');
    }
  }, 300_000);

  it('the deserialized reports format locally with the module\'s Deserialized.Winsock2Doctor.Report view', async () => {
    const r = await invokeAcrossFleet();
    const viewProperties = reportViewProperties();
    const viewRecords = listRecords(r.viewList);
    expect(viewRecords).toHaveLength(3);
    for (const [i, record] of viewRecords.entries()) {
      // Exactly the module's view, plus the PSComputerName PowerShell shows for remote output (not
      // PowerShell's generic list of every property, which has RunspaceId and the rest).
      expect(record.map(([label]) => label)).toEqual([...viewProperties, 'PSComputerName']);
      expect(record).toContainEqual(['Verdict', expectedVerdicts[`h${i + 1}`]]);
      expect(record).toContainEqual(['PSComputerName', `h${i + 1}`]);
    }
    const plainLabels = listRecords(r.plainList).map((rec) => rec.map(([label]) => label));
    expect(plainLabels[0]).toContain('RunspaceId');
    expect(plainLabels[0]).not.toEqual([...viewProperties, 'PSComputerName']);
    // Plain output (no Format-*) uses the same view.
    expect(r.viewDefault.trim()).toBe(r.viewList.trim());
    expect(r.viewTable).toMatch(/\bVerdict\b/);
    for (const verdict of Object.values(expectedVerdicts)) expect(r.viewTable).toMatch(new RegExp(`\\b${verdict}\\b`));
  }, 300_000);

  it('an error on one host (h4: its registry image does not exist) comes back as an error with its W2D ID and does not stop the other hosts', async () => {
    const r = await invokeAcrossFleet();
    expect(r.reports.map((x) => [x.host, x.verdict])).toEqual(['h1', 'h2', 'h3'].map((h) => [h, expectedVerdicts[h]]));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.host).toBe('h4');
    expect(r.errors[0]?.id).toMatch(/^W2D9010\b/);
    expect(r.errors[0]?.message).toBe(`W2D9010: cannot read file '${missingImage}'`);
  }, 300_000);

  it('Backup-WinsockKeys run remotely writes each backup on its own host, in its own backup folder, equal to its image', async () => {
    const r = await pwshJson<{ backups: Array<{ host: string; path: string; manifest: string; sha256: string; verdict: string; types: string[] }>; errors: RemoteError[] }>(
      'New-PSSession h1..h4 + Backup-WinsockKeys',
      [
        '$errs = $null',
        // One session per host from here on, as a fleet script would keep them.
        '$global:fleetSessions = @(New-PSSession -HostName h1,h2,h3,h4 | Sort-Object ComputerName)',
        '$b = @(Invoke-Command -Session $global:fleetSessions { Import-Module Winsock2Doctor; Backup-WinsockKeys } -ErrorAction SilentlyContinue -ErrorVariable errs)',
        '$out = [ordered]@{',
        '  backups = @($b | Sort-Object PSComputerName | ForEach-Object { [ordered]@{ host = [string]$_.PSComputerName; path = [string]$_.Path; manifest = [string]$_.ManifestPath; sha256 = [string]$_.Sha256; verdict = [string]$_.Verdict; types = @($_.pstypenames) } })',
        `  errors = ${errorsJson}`,
        '}',
      ].join('\n'),
    );
    expect(r.backups.map((b) => b.host)).toEqual(['h1', 'h2', 'h3']);
    for (const b of r.backups) {
      const h = host(b.host);
      expect(b.types[0]).toBe('Deserialized.Winsock2Doctor.Backup');
      expect(path.dirname(b.path)).toBe(h.backupFolder);
      expect(path.dirname(b.manifest)).toBe(h.backupFolder);
      // The one backup in that host's folder, of that host's registry image, byte for byte.
      expect(readdirSync(h.backupFolder).sort()).toEqual([path.basename(b.manifest), path.basename(b.path)].sort());
      expect(sha256(b.path)).toBe(b.sha256);
      expect(b.sha256).toBe(imageHashBefore.get(b.host));
      expect(b.verdict).toBe(expectedVerdicts[b.host]);
      expect(statSync(b.path).mode & 0o777).toBe(0o600);
    }
    expect(new Set(r.backups.map((b) => b.sha256)).size).toBe(3);
    expect(existsSync(host('h4').backupFolder)).toBe(false);
    expect(r.errors.map((e) => [e.host, e.id.split(',')[0]])).toEqual([['h4', 'W2D9010']]);
  }, 300_000);

  it('Repair-Winsock2 -Force run remotely repairs only the corrupted host; the other images stay byte for byte; h4 fails alone', async () => {
    const r = await pwshJson<{
      results: Array<{ host: string; status: string; before: string; after: string; rolledBack: boolean; backup: string; types: string[] }>;
      errors: RemoteError[];
      localH2: string;
    }>(
      'Repair-Winsock2 -Force on the 4 sessions',
      [
        '$errs = $null',
        '$res = @(Invoke-Command -Session $global:fleetSessions { Repair-Winsock2 -Force } -ErrorAction SilentlyContinue -ErrorVariable errs)',
        '$errorList = ' + errorsJson,
        '$out = [ordered]@{',
        '  results = @($res | Sort-Object PSComputerName | ForEach-Object { [ordered]@{ host = [string]$_.PSComputerName; status = [string]$_.Status; before = [string]$_.VerdictBefore; after = [string]$_.VerdictAfter; rolledBack = [bool]$_.RolledBack; backup = [string]$_.BackupPath; types = @($_.pstypenames) } })',
        '  errors = $errorList',
        // The repaired image read here, not through remoting.
        `  localH2 = [string](Test-Winsock2Catalog -Path ${psQuote(host('h2').image)}).Verdict`,
        '}',
      ].join('\n'),
    );
    expect(r.results.map((x) => x.host)).toEqual(['h1', 'h2', 'h3']);
    for (const x of r.results) {
      expect(x.types[0]).toBe('Deserialized.Winsock2Doctor.RepairResult');
      expect(x.rolledBack).toBe(false);
      expect(x.before).toBe(expectedVerdicts[x.host]);
    }
    const h2 = r.results.find((x) => x.host === 'h2');
    expect(h2).toMatchObject({ status: 'Repaired', before: 'Corrupted', after: 'Healthy' });
    // The backup taken before the repair is on h2, of h2's image as it was.
    expect(path.dirname(h2?.backup ?? '')).toBe(host('h2').backupFolder);
    expect(sha256(h2?.backup ?? '')).toBe(imageHashBefore.get('h2'));
    expect(r.localH2).toBe('Healthy');
    expect(sha256(host('h2').image)).not.toBe(imageHashBefore.get('h2'));
    expect(sha256(host('h1').image)).toBe(imageHashBefore.get('h1'));
    expect(sha256(host('h3').image)).toBe(imageHashBefore.get('h3'));
    expect(r.errors.map((e) => [e.host, e.id.split(',')[0]])).toEqual([['h4', 'W2D9010']]);
    expect(existsSync(missingImage)).toBe(false);
  }, 300_000);

  it('stops every sshd and remote pwsh, removes its folder and never touched ~/.ssh/config', async () => {
    await pwshJson('Remove-PSSession', 'Remove-PSSession -Session $global:fleetSessions; $out = $true');
    await (shell as AdminShell).close();
    shell = undefined;
    // Remove-PSSession ended every remote session: only the listening sshds are left.
    expect(await fleet.idle(15_000)).toBe(true);
    const pids = fleet.hosts.map((h) => Number(readFileSync(h.pidFile, 'utf8').trim()));
    expect(await fleet.stop()).toEqual([]);
    for (const pid of pids) expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(existsSync(fleet.dir)).toBe(false);
    expect(describeFile(userSshConfig)).toBe(userSshConfigBefore);
  }, 60_000);
});

/** PIDs of processes whose command line mentions `text`. */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

describe('the fleet harness fails loudly', () => {
  it('when an sshd cannot start (bad2\'s config is refused): FleetError with sshd\'s words; ok1, started before it, is stopped and nothing is left', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'w2d-fleet-fail-'));
    let started: Fleet | undefined;
    try {
      const attempt = startFleet(
        [
          { name: 'ok1', imageFrom: path.join(fixtures, 'win10-x64.reg') },
          { name: 'bad2', imageFrom: path.join(fixtures, 'win10-x64.reg'), extraSshdConfig: ['NoSuchSshdOption yes'] },
        ],
        { parent },
      ).then((f) => (started = f));
      await expect(attempt).rejects.toThrow(FleetError);
      await expect(attempt).rejects.toThrow(/sshd rejects the config of bad2 .*NoSuchSshdOption/s);
      expect(readdirSync(parent)).toEqual([]);
      expect(processesMentioning(parent)).toEqual([]);
    } finally {
      await started?.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
