/**
 * `winsock2-doctor backup` and `winsock2-doctor restore` on a registry image: the core's objects as
 * JSON with --json; restore changes nothing without --force (it runs every check and says what it
 * would do); exit 0, or 3 on an input error or refusal (message with its W2D ID on stderr).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../tools/toolchain.js';
import { bytesOf, filesIn, fixture, imageFrom, regText, scratchDir, sha256 } from '../backup/helpers.js';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repoRoot, 'src', 'cli', 'main.ts');

let scratch: { dir: string; cleanup: () => void };
let image: string;
beforeEach(() => {
  scratch = scratchDir('cli-backup');
  image = imageFrom(scratch.dir, 'win10-x64-lsp.reg');
});
afterEach(() => scratch.cleanup());

function run(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, WINSOCK2DOCTOR_REGISTRY: image, XDG_DATA_HOME: path.join(scratch.dir, 'xdg') };
  return spawnSync(tsx, [cli, ...args], { encoding: 'utf8', env });
}

describe('winsock2-doctor backup / restore', () => {
  it('backup --json writes a verified backup of the image and prints the Backup object; restore --force puts it back', () => {
    const folder = path.join(scratch.dir, 'backups');
    const b = run('backup', '--destination', folder, '--json');
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    const backup = JSON.parse(b.stdout) as Record<string, unknown>;
    expect(Object.keys(backup)).toEqual(['path', 'manifestPath', 'sha256', 'entries', 'verdict', 'time', 'computerName', 'source']);
    const regPath = backup.path as string;
    expect(path.dirname(regPath)).toBe(folder);
    expect(bytesOf(regPath).equals(bytesOf(fixture('win10-x64-lsp.reg')))).toBe(true);
    expect(backup.sha256).toBe(sha256(bytesOf(regPath)));
    expect(backup.verdict).toBe('ThirdPartyPresent');
    expect(backup.source).toBe(`registry image ${image}`);
    expect(JSON.parse(readFileSync(backup.manifestPath as string, 'utf8')).sha256).toBe(backup.sha256);

    imageFrom(scratch.dir, 'win10-x64.reg');
    const r = run('restore', regPath, '--destination=' + path.join(scratch.dir, 'safety'), '--force', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ path: regPath, status: 'Restored', manifestChecked: true, keys: 58, values: 148, writes: 208, exportMatchesBackup: true, rebootRequired: true });
    expect(bytesOf(image).equals(bytesOf(regPath))).toBe(true);
    expect(bytesOf(result.safetyBackupPath as string).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
  });

  it('restore without --force checks everything, says what it would do, changes nothing and exits 0', () => {
    const plain = path.join(scratch.dir, 'export.reg');
    writeFileSync(plain, bytesOf(fixture('win7-x64.reg')));
    const text = run('restore', plain);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Would restore the 48 Winsock keys (128 values) of ${plain} into registry image ${image}`);
    expect(text.stdout).toContain(path.join(scratch.dir, 'xdg', 'winsock2doctor', 'backups'));
    expect(text.stdout).toContain('Run again with --force');
    const json = run('restore', plain, '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'NotRestored', manifestChecked: false, safetyBackupPath: '', writes: 0, rebootRequired: false });
    expect(bytesOf(image).equals(bytesOf(fixture('win10-x64-lsp.reg')))).toBe(true);
    expect(filesIn(path.join(scratch.dir, 'xdg'))).toEqual([]);
  });

  it('backup uses the default folder and prints a readable summary; --path backs up a file', () => {
    const b = run('backup');
    expect(b.status).toBe(0);
    expect(b.stdout).toContain(`Backed up the Winsock keys of registry image ${image}`);
    expect(b.stdout).toMatch(/^verdict\s+: ThirdPartyPresent$/m);
    const folder = path.join(scratch.dir, 'xdg', 'winsock2doctor', 'backups');
    expect(filesIn(folder).length).toBe(2);
    const p = run('backup', '--path', fixture('xp-sp2-tcpip.reg'), '--destination', folder, '--json');
    expect(p.status).toBe(0);
    expect(bytesOf(JSON.parse(p.stdout).path).equals(bytesOf(fixture('xp-sp2-tcpip.reg')))).toBe(true);
  });

  it('exits 3 with the W2D ID on a refusal or an input error, and writes nothing', () => {
    const crafted = path.join(scratch.dir, 'crafted.reg');
    writeFileSync(crafted, regText(['[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]', '"x"="y"', '']));
    for (const args of [[crafted], [crafted, '--force']]) {
      const r = run('restore', ...args);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/^winsock2-doctor: W2D1512: /);
      expect(r.stdout).toBe('');
    }
    expect(bytesOf(image).equals(bytesOf(fixture('win10-x64-lsp.reg')))).toBe(true);
    const netsh = run('backup', '--path', fixture('netsh/en-win10-14393-base.txt'));
    expect(netsh.status).toBe(3);
    expect(netsh.stderr).toContain('W2D1502');
    expect(filesIn(path.join(scratch.dir, 'xdg'))).toEqual([]);
  });

  it('exits 3 on wrong usage', () => {
    expect(run('restore').status).toBe(3);
    expect(run('restore', 'a.reg', 'b.reg').status).toBe(3);
    expect(run('restore', 'a.reg', '--destination').stderr).toContain('--destination needs a value');
    expect(run('backup', '--bogus').stderr).toContain('unknown option --bogus');
    expect(run('backup', 'stray').status).toBe(3);
  });
});
