/**
 * `winsock2-doctor repair`: exit codes as `test` for the verdict after the repair (0 Healthy or
 * ThirdPartyPresent, 2 Corrupted: Targeted could not fix it, 3 input error with the W2D ID on
 * stderr), --plan writes nothing, --json prints the core's RepairResult, and without an input it
 * repairs the registry image after a backup.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../tools/toolchain.js';
import { repairWinsock2 } from '../../src/core/repair/repair-winsock2.js';
import { testCatalog } from '../../src/core/report/build-report.js';
import { bytesOf, filesIn, fixture, imageFrom, scratchDir } from '../backup/helpers.js';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repoRoot, 'src', 'cli', 'main.ts');

let scratch: { dir: string; cleanup: () => void };
beforeEach(() => {
  scratch = scratchDir('cli-repair');
});
afterEach(() => scratch.cleanup());

function run(args: string[], image?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: path.join(scratch.dir, 'xdg') };
  delete env.WINSOCK2DOCTOR_REGISTRY;
  if (image !== undefined) env.WINSOCK2DOCTOR_REGISTRY = image;
  return spawnSync(tsx, [cli, 'repair', ...args], { encoding: 'utf8', env });
}

const out = (name = 'out.reg') => path.join(scratch.dir, name);

describe('winsock2-doctor repair', () => {
  it('--json prints the core RepairResult and exits 0 when the repaired file tests Healthy; the file is the core\'s', () => {
    const r = run([fixture('win10-x64-lsp-orphaned.reg'), '--out', out(), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const core = repairWinsock2('Targeted', false, false, false, fixture('win10-x64-lsp-orphaned.reg'), out('core.reg'));
    expect(JSON.parse(r.stdout)).toEqual({ ...core, destination: out() });
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(Object.keys(core));
    expect(bytesOf(out()).equals(bytesOf(out('core.reg')))).toBe(true);
    expect(testCatalog(out()).report.verdict).toBe('Healthy');
  });

  it('exit 2 when Targeted cannot make it healthy (the text names Reset); --mode reset then exits 0', () => {
    const t = run([fixture('win10-x64-values-damaged.reg'), '--out', out()]);
    expect(t.status).toBe(2);
    expect(t.stdout).toMatch(/^Incomplete {2}Targeted {2}/);
    expect(t.stdout).toContain('Verdict: Corrupted -> Corrupted (remaining: W2D2015)');
    expect(t.stdout).toContain('run Repair-Winsock2 -Mode Reset');
    expect(existsSync(out())).toBe(true);
    const r = run([fixture('win10-x64-values-damaged.reg'), '--out', out('reset.reg'), '--mode', 'reset']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Repaired {2}Reset {2}/);
    expect(r.stdout).toContain('1. WriteDefaultCatalog');
    expect(testCatalog(out('reset.reg')).report.verdict).toBe('Healthy');
  });

  it('--plan prints the steps, writes nothing, and its --json is the core plan', () => {
    const r = run([fixture('win10-x64-lsp-orphaned.reg'), '--out', out(), '--plan', '--json']);
    expect(r.status).toBe(0);
    expect(existsSync(out())).toBe(false);
    const plan = repairWinsock2('Targeted', false, false, false, fixture('win10-x64-lsp-orphaned.reg'), out(), undefined, undefined, true);
    expect(JSON.parse(r.stdout)).toEqual(plan);
    expect(plan.status).toBe('Planned');
    const text = run([fixture('win10-x64-lsp-orphaned.reg'), '--out', out(), '--plan']);
    expect(text.stdout.split('\n').filter((l) => /^ {2}\d\. /.test(l)).map((l) => l.split(' ')[3])).toEqual(['RemoveEntries', 'RemoveEntries', 'UpdateCounters']);
    expect(filesIn(scratch.dir)).toEqual([]);
  });

  it('a healthy catalog: nothing to do, exit 0, --out holds the input unchanged', () => {
    const r = run([fixture('win10-x64-lsp.reg'), '--out', out()]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^NothingToDo {2}Targeted/);
    expect(bytesOf(out()).equals(bytesOf(fixture('win10-x64-lsp.reg')))).toBe(true);
    const rtp = run([fixture('win10-x64-lsp.reg'), '--out', out('rtp.reg'), '--remove-third-party', '--json']);
    expect(rtp.status).toBe(0);
    expect((JSON.parse(rtp.stdout) as { verdictAfter: string }).verdictAfter).toBe('Healthy');
    expect(testCatalog(out('rtp.reg')).report.verdict).toBe('Healthy');
  });

  it.each([
    ['W2D3001', [fixture('win10-x64.reg'), '--out', 'OUT', '--mode', 'fix']],
    ['W2D3002', [fixture('win10-x64.reg')]],
    ['W2D3003', [fixture('win10-x64.reg'), '--out', fixture('win10-x64.reg')]],
    ['W2D3008', [fixture('xp-sp2-tcpip.reg'), '--out', 'OUT', '--mode', 'rebuild']],
    ['W2D3014', [fixture('netsh/en-win10-astrill-lsp.txt'), '--out', 'OUT']],
    ['W2D1960', [fixture('win10-x64.reg'), '--out', 'OUT', '--os-profile', 'Win95']],
    ['W2D1403', []],
  ])('exit 3 on an input error: %s on stderr, nothing written', (id, args) => {
    const r = run(args.map((a) => (a === 'OUT' ? out() : a)));
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^winsock2-doctor: ${id}: `));
    expect(existsSync(out())).toBe(false);
  });

  it('exit 3 for two inputs', () => {
    const r = run([fixture('win10-x64.reg'), fixture('win7-x64.reg'), '--out', out()]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('give one input');
  });

  it('without an input: repairs the registry image after a backup (--backup-folder), exit 0', () => {
    const image = imageFrom(scratch.dir, 'win10-x64-entries-removed.reg');
    const folder = path.join(scratch.dir, 'backups');
    const r = run(['--backup-folder', folder, '--json'], image);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { status: string; backupPath: string; rebootRequired: boolean; source: string };
    expect([result.status, result.rebootRequired, result.source]).toEqual(['Repaired', true, `registry image ${image}`]);
    expect(bytesOf(result.backupPath).equals(bytesOf(fixture('win10-x64-entries-removed.reg')))).toBe(true);
    expect(testCatalog(image).report.verdict).toBe('Healthy');
  });
});
