/**
 * backupWinsockKeys (Backup-WinsockKeys in Node): every committed fixture used as the registry
 * image is backed up into a .reg file equal to the image (each fixture holds only the two Winsock
 * keys, written the way our writer writes them) and a manifest whose every field is checked; files
 * are private (0600) and never overwritten; sources without the keys or without registry data are
 * refused with their IDs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { host } from '../../src/host/host.js';
import { backupWinsockKeys } from '../../src/core/backup/backup-winsock-keys.js';
import { defaultBackupFolder } from '../../src/core/backup/backup-folder.js';
import { manifestFromJson } from '../../src/core/backup/backup-manifest.js';
import { testCatalog } from '../../src/core/report/build-report.js';
import { TOOL_VERSION } from '../../src/core/about.js';
import { bytesOf, errorOf, filesIn, fixture, imageFrom, regFixtures, regText, scratchDir, sha256, withImage } from './helpers.js';

let scratch: { dir: string; cleanup: () => void };
beforeEach(() => {
  scratch = scratchDir('backup');
});
afterEach(() => {
  vi.restoreAllMocks();
  scratch.cleanup();
});

/** A SYSTEM export with win10-x64's keys under control set `a` and xp-sp2-tcpip's under `b`. */
function twoControlSets(a: string, b: string): Uint8Array {
  const text = (name: string, set: string) => Buffer.from(bytesOf(fixture(name))).subarray(2).toString('utf16le').replaceAll('\\CurrentControlSet\\', `\\${set}\\`);
  const second = text('xp-sp2-tcpip.reg', b).replace('Windows Registry Editor Version 5.00\r\n\r\n', '');
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('win10-x64.reg', a) + second, 'utf16le')]));
}

const NAME = /^Winsock2Doctor-[A-Za-z0-9_-]+-\d{8}T\d{9}Z-\d{2}\.reg$/;

describe('Backup-WinsockKeys of a registry image (Node)', () => {
  it.each(regFixtures())('%s: the .reg is the image byte for byte, the manifest describes it', (name) => {
    const image = imageFrom(scratch.dir, name);
    const folder = path.join(scratch.dir, 'backups', 'nested');
    const b = withImage(image, () => backupWinsockKeys(folder));

    expect(path.dirname(b.path)).toBe(folder);
    expect(path.basename(b.path)).toMatch(NAME);
    expect(path.basename(b.path)).toContain(`-${host.computerName().replace(/[^A-Za-z0-9_-]/g, '_')}-`);
    expect(b.manifestPath).toBe(b.path.replace(/\.reg$/, '.json'));
    const bytes = bytesOf(b.path);
    expect(bytes.equals(bytesOf(fixture(name)))).toBe(true);
    expect(b.sha256).toBe(sha256(bytes));

    const expected = testCatalog(fixture(name)).report;
    const manifestText = readFileSync(b.manifestPath, 'utf8');
    const raw = JSON.parse(manifestText) as Record<string, unknown>;
    expect(Object.keys(raw)).toEqual(['format', 'formatVersion', 'computerName', 'osProfile', 'timeUtc', 'source', 'registryFile', 'sha256', 'entries', 'verdict', 'toolVersion']);
    expect(raw).toEqual({
      format: 'winsock2doctor-backup',
      formatVersion: 1,
      computerName: host.computerName(),
      osProfile: expected.osProfile,
      timeUtc: b.time,
      source: `registry image ${image}`,
      registryFile: path.basename(b.path),
      sha256: sha256(bytes),
      entries: { protocol64: expected.protocol64Entries, protocol32: expected.protocol32Entries, nameSpace64: expected.nameSpace64Entries, nameSpace32: expected.nameSpace32Entries },
      verdict: expected.verdict,
      toolVersion: TOOL_VERSION,
    });
    expect(manifestText.endsWith('}\n')).toBe(true);
    expect(manifestFromJson(manifestText).sha256).toBe(b.sha256);

    expect(b.entries).toBe(expected.protocol64Entries + expected.protocol32Entries + expected.nameSpace64Entries + expected.nameSpace32Entries);
    expect(b.entries).toBeGreaterThan(0);
    expect(b.verdict).toBe(expected.verdict);
    expect(b.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(path.basename(b.path)).toContain(b.time.replace(/[-:.]/g, ''));
    expect(b.source).toBe(`registry image ${image}`);
    expect(b.computerName).toBe(host.computerName());
    // The image is only read.
    expect(bytesOf(image).equals(bytesOf(fixture(name)))).toBe(true);
    expect(filesIn(folder)).toEqual([path.basename(b.path), path.basename(b.manifestPath)].sort());
  });

  it('writes both files with mode 0600', () => {
    const b = withImage(imageFrom(scratch.dir, 'win10-x64.reg'), () => backupWinsockKeys(path.join(scratch.dir, 'b')));
    expect(statSync(b.path).mode & 0o777).toBe(0o600);
    expect(statSync(b.manifestPath).mode & 0o777).toBe(0o600);
  });

  it('never overwrites: backups in the same millisecond get -01, -02, -03; names sort by time', () => {
    const image = imageFrom(scratch.dir, 'win7-x64.reg');
    const folder = path.join(scratch.dir, 'b');
    const clock = vi.spyOn(host, 'nowUtcIso').mockReturnValue('2026-11-25T12:34:56.789Z');
    const names = withImage(image, () => [backupWinsockKeys(folder), backupWinsockKeys(folder), backupWinsockKeys(folder)]).map((b) => path.basename(b.path));
    const computer = host.computerName().replace(/[^A-Za-z0-9_-]/g, '_');
    expect(names).toEqual([1, 2, 3].map((n) => `Winsock2Doctor-${computer}-20261125T123456789Z-0${n}.reg`));
    clock.mockReturnValue('2026-11-25T12:34:56.790Z');
    const later = withImage(image, () => backupWinsockKeys(folder));
    expect(path.basename(later.path)).toBe(`Winsock2Doctor-${computer}-20261125T123456790Z-01.reg`);
    const regs = filesIn(folder).filter((f) => f.endsWith('.reg'));
    expect(regs).toEqual([...names, path.basename(later.path)]);
    expect(filesIn(folder).filter((f) => f.endsWith('.json')).length).toBe(4);
    // Each file still holds its own backup; the manifest of -01 still names -01.
    expect(JSON.parse(readFileSync(path.join(folder, names[0].replace('.reg', '.json')), 'utf8')).registryFile).toBe(names[0]);
  });

  it('skips a number whose manifest alone exists (a half-deleted backup is not replaced either)', () => {
    const folder = path.join(scratch.dir, 'b');
    vi.spyOn(host, 'nowUtcIso').mockReturnValue('2026-11-25T00:00:00.000Z');
    const first = withImage(imageFrom(scratch.dir, 'win7-x64.reg'), () => backupWinsockKeys(folder));
    const orphan = first.manifestPath.replace('-01.json', '-02.json');
    writeFileSync(orphan, 'not ours');
    const second = withImage(imageFrom(scratch.dir, 'win7-x64.reg'), () => backupWinsockKeys(folder));
    expect(path.basename(second.path)).toMatch(/-03\.reg$/);
    expect(readFileSync(orphan, 'utf8')).toBe('not ours');
  });

  it('W2D1501 on an image without the Winsock keys; nothing is written', () => {
    const image = imageFrom(scratch.dir, regText(['[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip]', '"x"=dword:00000001', '']));
    const folder = path.join(scratch.dir, 'b');
    expect(errorOf(() => withImage(image, () => backupWinsockKeys(folder)))).toMatch(/^W2D1501: /);
    expect(filesIn(folder)).toEqual([]);
  });

  it('backs up only the two Winsock keys of a larger image', () => {
    const extra = ['[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip]', '"x"=dword:00000001', '', '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2_other]', '"y"="z"', ''];
    const base = readFileSync(fixture('xp-sp2-tcpip.reg'));
    const text = Buffer.from(base).subarray(2).toString('utf16le') + extra.join('\r\n');
    const image = imageFrom(scratch.dir, new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    const b = withImage(image, () => backupWinsockKeys(path.join(scratch.dir, 'b')));
    expect(bytesOf(b.path).equals(base)).toBe(true);
  });

  it('W2D1406 on an image holding the Winsock keys of two control sets (it could not write them apart); nothing is written', () => {
    const image = imageFrom(scratch.dir, twoControlSets('ControlSet001', 'ControlSet002'));
    const folder = path.join(scratch.dir, 'b');
    expect(errorOf(() => withImage(image, () => backupWinsockKeys(folder)))).toMatch(/^W2D1406: .* 2 control sets \(ControlSet001, ControlSet002\)/);
    expect(filesIn(folder)).toEqual([]);
  });

  it('-Path: a SYSTEM hive export with several control sets is backed up from CurrentControlSet, else the first one', () => {
    const file = path.join(scratch.dir, 'system.reg');
    writeFileSync(file, twoControlSets('ControlSet001', 'ControlSet002'));
    const first = backupWinsockKeys(path.join(scratch.dir, 'b'), file);
    expect(bytesOf(first.path).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
    writeFileSync(file, twoControlSets('ControlSet002', 'CurrentControlSet'));
    const current = backupWinsockKeys(path.join(scratch.dir, 'b'), file);
    expect(bytesOf(current.path).equals(bytesOf(fixture('xp-sp2-tcpip.reg')))).toBe(true);
  });

  it('-Path: backs up a saved .reg export instead of this computer (no image needed), source = the file', () => {
    const b = withImage('', () => backupWinsockKeys(path.join(scratch.dir, 'b'), fixture('win10-x64-lsp.reg')));
    expect(bytesOf(b.path).equals(bytesOf(fixture('win10-x64-lsp.reg')))).toBe(true);
    expect(b.source).toBe(fixture('win10-x64-lsp.reg'));
    expect(b.computerName).toBe('');
    expect(path.basename(b.path)).toMatch(/^Winsock2Doctor-offline-/);
    const manifest = JSON.parse(readFileSync(b.manifestPath, 'utf8'));
    expect(manifest.source).toBe(fixture('win10-x64-lsp.reg'));
    expect(manifest.verdict).toBe('ThirdPartyPresent');
  });

  it('-Path: W2D1502 for netsh text; nothing is written', () => {
    const folder = path.join(scratch.dir, 'b');
    expect(errorOf(() => backupWinsockKeys(folder, fixture('netsh/en-win10-14393-base.txt')))).toMatch(/^W2D1502: /);
    expect(filesIn(folder)).toEqual([]);
  });

  it('-Path: W2D1501 for a .reg file without the Winsock keys', () => {
    const other = path.join(scratch.dir, 'other.reg');
    writeFileSync(other, regText(['[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]', '"a"="b"', '']));
    expect(errorOf(() => backupWinsockKeys(path.join(scratch.dir, 'b'), other))).toMatch(/^W2D1501: /);
  });

  it('-Path: a missing file is an input error (W2D9010)', () => {
    expect(errorOf(() => backupWinsockKeys(path.join(scratch.dir, 'b'), path.join(scratch.dir, 'missing.reg')))).toMatch(/^W2D9010: /);
  });

  it('W2D1403 without an image on a system that is not Windows', () => {
    if (process.platform === 'win32') return;
    expect(errorOf(() => withImage('', () => backupWinsockKeys(path.join(scratch.dir, 'b'))))).toMatch(/^W2D1403: /);
  });
});

describe('default backup folder', () => {
  const saved = { XDG_DATA_HOME: process.env.XDG_DATA_HOME, HOME: process.env.HOME };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('is $XDG_DATA_HOME/winsock2doctor/backups, else ~/.local/share/winsock2doctor/backups; created when missing', () => {
    if (os.platform() === 'win32') return;
    process.env.XDG_DATA_HOME = path.join(scratch.dir, 'xdg');
    expect(defaultBackupFolder()).toBe(path.join(scratch.dir, 'xdg', 'winsock2doctor', 'backups'));
    const b = withImage(imageFrom(scratch.dir, 'win11-x64.reg'), () => backupWinsockKeys());
    expect(path.dirname(b.path)).toBe(path.join(scratch.dir, 'xdg', 'winsock2doctor', 'backups'));

    delete process.env.XDG_DATA_HOME;
    process.env.HOME = path.join(scratch.dir, 'home');
    const h = withImage(imageFrom(scratch.dir, 'win11-x64.reg'), () => backupWinsockKeys(''));
    expect(path.dirname(h.path)).toBe(path.join(scratch.dir, 'home', '.local', 'share', 'winsock2doctor', 'backups'));
    expect(existsSync(h.manifestPath)).toBe(true);

    delete process.env.HOME;
    expect(errorOf(() => defaultBackupFolder())).toMatch(/^W2D1504: /);
  });
});
