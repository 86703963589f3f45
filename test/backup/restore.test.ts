/**
 * restoreWinsockKeys (Restore-WinsockKeys in Node) on a registry image: byte-exact restores with a
 * safety backup of what they replace; every refusal (manifest hash, keys outside the two Winsock
 * keys, files that do not parse, empty files) happens before anything is written: the image is
 * unchanged byte for byte and no safety backup exists.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { backupWinsockKeys } from '../../src/core/backup/backup-winsock-keys.js';
import { restoreWinsockKeys } from '../../src/core/backup/restore-winsock-keys.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { normalizeKeyPath } from '../../src/core/formats/reg/key-path.js';
import { bytesOf, errorOf, filesIn, fixture, imageFrom, regFileText, regFixtures, regText, scratchDir, sha256, withImage } from './helpers.js';

let scratch: { dir: string; cleanup: () => void };
beforeEach(() => {
  scratch = scratchDir('restore');
});
afterEach(() => scratch.cleanup());

/** Keys and values as comparable lines, paths normalised (CurrentControlSet). */
function snapshotLines(s: ReturnType<typeof regFileToSnapshot>): string[] {
  return s.keys.map((k) => `${normalizeKeyPath(k.path).toUpperCase()}|${k.values.map((v) => `${v.name}:${v.type}:${Buffer.from(v.data).toString('hex')}`).join(',')}`);
}

function countsOf(bytes: Uint8Array): { keys: number; values: number } {
  const s = regFileToSnapshot(parseRegFile(bytes));
  return { keys: s.keys.length, values: s.keys.reduce((n, k) => n + k.values.length, 0) };
}

const SERVICES = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\';

/** Each fixture backed up, then restored over the next fixture in the list. */
const pairs = regFixtures().map((a, i, all) => [a, all[(i + 1) % all.length]]);

describe('Restore-WinsockKeys on a registry image (Node)', () => {
  it.each(pairs)('backup of %s restored over %s: image = backup byte for byte; safety backup = the replaced image', (a, b) => {
    const image = imageFrom(scratch.dir, a);
    const backups = path.join(scratch.dir, 'backups');
    const safety = path.join(scratch.dir, 'safety');
    const backup = withImage(image, () => backupWinsockKeys(backups));
    imageFrom(scratch.dir, b);
    const r = withImage(image, () => restoreWinsockKeys(backup.path, safety));

    const backupBytes = bytesOf(backup.path);
    expect(bytesOf(image).equals(backupBytes)).toBe(true);
    expect(bytesOf(image).equals(bytesOf(fixture(a)))).toBe(true);
    const { keys, values } = countsOf(backupBytes);
    expect(r).toEqual({
      path: backup.path,
      status: 'Restored',
      target: `registry image ${image}`,
      manifestChecked: true,
      safetyBackupPath: r.safetyBackupPath,
      keys,
      values,
      writes: 2 + keys + values,
      exportMatchesBackup: true,
      rebootRequired: true,
    });
    expect(path.dirname(r.safetyBackupPath)).toBe(safety);
    expect(bytesOf(r.safetyBackupPath).equals(bytesOf(fixture(b)))).toBe(true);
    const manifest = JSON.parse(readFileSync(r.safetyBackupPath.replace(/\.reg$/, '.json'), 'utf8'));
    expect(manifest.sha256).toBe(sha256(bytesOf(fixture(b))));
    expect(statSync(r.safetyBackupPath).mode & 0o777).toBe(0o600);
    // The backup itself is only read.
    expect(bytesOf(backup.path).equals(backupBytes)).toBe(true);
  });

  it('restores a plain regedit export without a manifest (manifestChecked false)', () => {
    const image = imageFrom(scratch.dir, 'win10-x64-values-damaged.reg');
    const plain = path.join(scratch.dir, 'exported.reg');
    writeFileSync(plain, bytesOf(fixture('win10-x64.reg')));
    const r = withImage(image, () => restoreWinsockKeys(plain, path.join(scratch.dir, 'safety')));
    expect(r.manifestChecked).toBe(false);
    expect(r.status).toBe('Restored');
    expect(r.exportMatchesBackup).toBe(true);
    expect(bytesOf(image).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
    expect(bytesOf(r.safetyBackupPath).equals(bytesOf(fixture('win10-x64-values-damaged.reg')))).toBe(true);
  });

  it.each([
    ['WinSock2', 'Winsock'],
    ['Winsock', 'WinSock2'],
  ])('a regedit export of %s alone (KB811259 exports each key to its own file) replaces that key and keeps %s', (held, kept) => {
    const image = imageFrom(scratch.dir, 'win10-x64-lsp.reg');
    const isUnder = (k: string, name: string) => k.toUpperCase() === `[${SERVICES}${name}]`.toUpperCase() || k.toUpperCase().startsWith(`[${SERVICES}${name}\\`.toUpperCase());
    const blocksOf = (name: string, bytes: Uint8Array) => regFileText(bytes).split('\r\n\r\n').filter((b) => isUnder(b.slice(0, b.indexOf(']') + 1), name));
    const header = 'Windows Registry Editor Version 5.00';
    const single = path.join(scratch.dir, `${held}.reg`);
    const heldBlocks = blocksOf(held, bytesOf(fixture('win7-x64.reg')));
    expect(heldBlocks.length).toBeGreaterThan(0);
    writeFileSync(single, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([header, ...heldBlocks, ''].join('\r\n\r\n'), 'utf16le')]));
    const r = withImage(image, () => restoreWinsockKeys(single, path.join(scratch.dir, 'safety')));
    expect(r.status).toBe('Restored');
    expect(r.exportMatchesBackup).toBe(true);
    expect(r.writes).toBe(1 + r.keys + r.values);
    const after = bytesOf(image);
    expect(blocksOf(held, after)).toEqual(heldBlocks);
    expect(blocksOf(kept, after)).toEqual(blocksOf(kept, bytesOf(fixture('win10-x64-lsp.reg'))));
    expect(blocksOf(kept, after).length).toBeGreaterThan(0);
  });

  it('an image that names ControlSet001 (an offline SYSTEM hive export): a failed write at any N rolls back to its bytes; a restore writes the keys', () => {
    const text = regFileText(bytesOf(fixture('win10-x64.reg'))).replaceAll('\\CurrentControlSet\\', '\\ControlSet001\\');
    const original = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const image = imageFrom(scratch.dir, new Uint8Array(original));
    const plain = path.join(scratch.dir, 'export.reg');
    writeFileSync(plain, bytesOf(fixture('win7-x64.reg')));
    const safety = path.join(scratch.dir, 'safety');
    for (const n of [1, 2, 3, 50, 100, 177, 178]) {
      expect(errorOf(() => withImage(image, () => restoreWinsockKeys(plain, safety, n)))).toMatch(new RegExp(`^W2D1404: W2D1402: write ${n} failed`));
      expect(bytesOf(image).equals(original)).toBe(true);
    }
    // Every safety backup says CurrentControlSet, as every backup does.
    const safetyBackup = filesIn(safety).find((f) => f.endsWith('.reg'))!;
    expect(bytesOf(path.join(safety, safetyBackup)).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
    const r = withImage(image, () => restoreWinsockKeys(plain, safety));
    expect(r.writes).toBe(178);
    expect(r.exportMatchesBackup).toBe(true);
    expect(snapshotLines(regFileToSnapshot(parseRegFile(bytesOf(image))))).toEqual(snapshotLines(regFileToSnapshot(parseRegFile(bytesOf(fixture('win7-x64.reg'))))));
  });

  it('restores into an image that has no Winsock keys: no safety backup, only the keys are added', () => {
    const other = ['[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip]', '"x"=dword:00000001', ''];
    const image = imageFrom(scratch.dir, regText(other));
    const plain = path.join(scratch.dir, 'exported.reg');
    writeFileSync(plain, bytesOf(fixture('xp-sp2-tcpip.reg')));
    const safety = path.join(scratch.dir, 'safety');
    const r = withImage(image, () => restoreWinsockKeys(plain, safety));
    expect(r.safetyBackupPath).toBe('');
    expect(filesIn(safety)).toEqual([]);
    const text = regFileText(bytesOf(image));
    expect(text).toContain('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip]\r\n"x"=dword:00000001\r\n');
    expect(text.replace('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip]\r\n"x"=dword:00000001\r\n\r\n', '')).toBe(regFileText(bytesOf(fixture('xp-sp2-tcpip.reg'))));
  });

  it('keeps every key outside the Winsock keys of the image as it was', () => {
    const outside = ['[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]', '"a"="b"', '', '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2_other]', '"y"=dword:00000002', ''];
    const withOutside = (name: string) => regFileText(bytesOf(fixture(name))) + outside.join('\r\n');
    const toUtf16 = (s: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
    const image = imageFrom(scratch.dir, toUtf16(withOutside('win11-x64.reg')));
    const plain = path.join(scratch.dir, 'exported.reg');
    writeFileSync(plain, bytesOf(fixture('win7-x64.reg')));
    withImage(image, () => restoreWinsockKeys(plain, path.join(scratch.dir, 'safety')));
    const after = regFileToSnapshot(parseRegFile(bytesOf(image)));
    const expected = regFileToSnapshot(parseRegFile(toUtf16(withOutside('win7-x64.reg'))));
    // Same keys and values; the image is written in registry order.
    const plain_ = (s: typeof after) => s.keys.map((k) => `${k.path}|${k.values.map((v) => `${v.name}:${v.type}:${Buffer.from(v.data).toString('hex')}`).join(',')}`).sort();
    expect(plain_(after)).toEqual(plain_(expected));
  });
});

describe('Restore-WinsockKeys refuses before it writes anything', () => {
  /** Restores `backup` into an image of win10-x64.reg; returns the error; the image and safety folder must be untouched. */
  function refused(backup: string): string {
    const image = imageFrom(scratch.dir, 'win10-x64.reg');
    const safety = path.join(scratch.dir, 'safety');
    const message = errorOf(() => withImage(image, () => restoreWinsockKeys(backup, safety)));
    expect(bytesOf(image).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
    expect(filesIn(safety)).toEqual([]);
    expect(filesIn(scratch.dir).filter((f) => f.includes('w2d-tmp'))).toEqual([]);
    return message;
  }

  function ourBackupOf(name: string): string {
    return withImage(imageFrom(scratch.dir, name, 'source.reg'), () => backupWinsockKeys(path.join(scratch.dir, 'backups'))).path;
  }

  it('W2D1511: the .reg was edited after the backup (its manifest records another SHA-256)', () => {
    const backup = ourBackupOf('win10-x64-lsp.reg');
    const text = regFileText(bytesOf(backup)).replace('"Serial_Access_Num"=dword:', '"Serial_Access_Num"=dword:0');
    writeFileSync(backup, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(refused(backup)).toMatch(/^W2D1511: .*its manifest records [0-9a-f]{64}/);
  });

  it('W2D1511 also for one flipped byte', () => {
    const backup = ourBackupOf('xp-sp2-nwlink.reg');
    const bytes = bytesOf(backup);
    bytes[bytes.length - 10] ^= 0x01;
    writeFileSync(backup, bytes);
    expect(refused(backup)).toMatch(/^W2D1511: /);
  });

  it('W2D1510: the manifest beside the file is not a backup manifest', () => {
    const backup = ourBackupOf('win11-x64.reg');
    writeFileSync(backup.replace(/\.reg$/, '.json'), '{"format":"something-else"}');
    expect(refused(backup)).toMatch(/^W2D1510: /);
  });

  const crafted: [string, string[]][] = [
    ['adds a Run key', ['[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]', '"evil"="C:\\\\evil.exe"', '']],
    ['deletes Services\\Tcpip', ['[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip]', '']],
    ['writes a sibling through a ControlSet alias', ['[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\WinSock2_evil]', '"x"=dword:00000001', '']],
    ['deletes the Services key above the Winsock keys', ['[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services]', '']],
    ['names a Winsock key under HKEY_CURRENT_USER', ['[HKEY_CURRENT_USER\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters]', '"x"=dword:00000001', '']],
    ['uses a prefix of the key name (Services\\Winsock_x)', ['[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock_x]', '']],
    ['names a hive-relative key outside the Winsock keys', ['[\\ControlSet001\\Services\\Tcpip\\Parameters]', '"x"=dword:00000001', '']],
    ['hides the outside key after valid Winsock keys and a deletion of a value', ['[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters]', '"x"=-', '', '[HKEY_LOCAL_MACHINE\\SYSTEM\\Setup]', '"CmdLine"="cmd.exe"', '']],
  ];

  it.each(crafted)('W2D1512: a crafted backup that %s (its manifest matching) is refused', (_, lines) => {
    // A forged manifest with the right hash: the path check does not depend on the manifest.
    const backup = ourBackupOf('win7-x64.reg');
    const text = regFileText(bytesOf(backup)) + lines.join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(backup, bytes);
    const manifestPath = backup.replace(/\.reg$/, '.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, sha256: sha256(bytes) }));
    expect(refused(backup)).toMatch(/^W2D1512: .*outside Services\\Winsock and Services\\WinSock2: refused/);
  });

  it.each(crafted)('W2D1512: a plain .reg file that only %s is refused', (_, lines) => {
    const file = path.join(scratch.dir, 'crafted.reg');
    writeFileSync(file, regText(lines));
    expect(refused(file)).toMatch(/^W2D1512: /);
  });

  it('W2D1513: a .reg file with no key', () => {
    const file = path.join(scratch.dir, 'empty.reg');
    writeFileSync(file, regText([]));
    expect(refused(file)).toMatch(/^W2D1513: /);
  });

  it('W2D1513: a .reg file that only deletes the Winsock keys', () => {
    const file = path.join(scratch.dir, 'delete.reg');
    writeFileSync(file, regText(['[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2]', '', '[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock]', '']));
    expect(refused(file)).toMatch(/^W2D1513: /);
  });

  it('W2D10xx parse errors for truncated and garbage backups (the whole file is parsed first)', () => {
    const whole = bytesOf(fixture('win10-x64-lsp.reg'));
    const text = regFileText(whole);
    const cut = text.indexOf('hex:', text.length / 2);
    const truncatedHex = path.join(scratch.dir, 'truncated-hex.reg');
    writeFileSync(truncatedHex, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(0, text.indexOf('\\\r\n', cut) + 1), 'utf16le')]));
    expect(refused(truncatedHex)).toMatch(/^W2D1016: /);

    const oddBytes = path.join(scratch.dir, 'odd.reg');
    writeFileSync(oddBytes, whole.subarray(0, whole.length - 1));
    expect(refused(oddBytes)).toMatch(/^W2D1020: /);

    const garbage = path.join(scratch.dir, 'garbage.reg');
    writeFileSync(garbage, Buffer.from('this is not a registry file\n'));
    expect(refused(garbage)).toMatch(/^W2D1002: /);

    const empty = path.join(scratch.dir, 'zero.reg');
    writeFileSync(empty, Buffer.alloc(0));
    expect(refused(empty)).toMatch(/^W2D1001: /);

    const badLine = path.join(scratch.dir, 'bad-line.reg');
    writeFileSync(badLine, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}garbage line\r\n`, 'utf16le')]));
    expect(refused(badLine)).toMatch(/^W2D1019: /);
  });

  it('W2D1406: an image holding the Winsock keys of two control sets is not restored into', () => {
    const text = (name: string, set: string) => regFileText(bytesOf(fixture(name))).replaceAll('\\CurrentControlSet\\', `\\${set}\\`);
    const two = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('win10-x64.reg', 'ControlSet001') + text('win11-x64.reg', 'ControlSet002').replace('Windows Registry Editor Version 5.00\r\n\r\n', ''), 'utf16le')]);
    const image = imageFrom(scratch.dir, new Uint8Array(two), 'two-sets.reg');
    const plain = path.join(scratch.dir, 'export.reg');
    writeFileSync(plain, bytesOf(fixture('win7-x64.reg')));
    const safety = path.join(scratch.dir, 'safety');
    expect(errorOf(() => withImage(image, () => restoreWinsockKeys(plain, safety)))).toMatch(/^W2D1406: /);
    expect(bytesOf(image).equals(two)).toBe(true);
    expect(filesIn(safety)).toEqual([]);
  });

  it('W2D9010: the backup does not exist', () => {
    expect(refused(path.join(scratch.dir, 'missing.reg'))).toMatch(/^W2D9010: /);
  });
});
