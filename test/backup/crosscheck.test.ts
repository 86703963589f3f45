/**
 * Backup and restore in both engines: the compiled module in ONE persistent pwsh session
 * (Invoke-ModuleCoreJson) against the core in Node, on the same registry image files.
 *  - backups: the .reg bytes are identical, the manifests identical except time and file name, the
 *    Backup objects identical except paths and time;
 *  - restores: identical results (except the safety backup's name), identical image and safety
 *    backup bytes; refusals give identical messages;
 *  - fault injection in pwsh for a sample of N (first, quarter, middle, three quarters, last;
 *    Node covers every N in fault-injection.test.ts): W2D1404 and the original image byte for byte.
 * A pwsh restore takes seconds: the sample keeps this file's pwsh time near a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { psQuote } from '../../tools/toolchain.js';
import { backupWinsockKeys } from '../../src/core/backup/backup-winsock-keys.js';
import { restoreWinsockKeys } from '../../src/core/backup/restore-winsock-keys.js';
import { bytesOf, fixture, regFileText, regText, scratchDir, withImage } from './helpers.js';

const scratch = scratchDir('backup-x');
const image = path.join(scratch.dir, 'hklm.reg');
let shell: PwshSession;
const timings: string[] = [];

/** `{value}` or `{error}` of a core function in pwsh, parsed. */
async function inPwsh(fn: string, args: (string | number)[]): Promise<{ value?: Record<string, unknown>; error?: string }> {
  const started = Date.now();
  const out = (await shell.run(moduleCoreCall(fn, args.map((a) => (typeof a === 'number' ? ps.num(String(a)) : ps.str(a)))))).trim();
  timings.push(`${fn}(${args.slice(2).join(', ')}) ${Date.now() - started} ms`);
  return JSON.parse(out) as { value?: Record<string, unknown>; error?: string };
}

/** The same, in Node, as plain JSON data. */
function inNode(f: () => unknown): { value?: Record<string, unknown>; error?: string } {
  try {
    return { value: JSON.parse(JSON.stringify(withImage(image, f))) as Record<string, unknown> };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function without(o: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => !keys.includes(k)));
}

beforeAll(async () => {
  const started = Date.now();
  shell = await PwshSession.start();
  await shell.importModuleCore();
  await shell.run(`$env:WINSOCK2DOCTOR_REGISTRY = ${psQuote(image)}`);
  timings.push(`session ${Date.now() - started} ms`);
}, 120_000);

afterAll(async () => {
  await shell?.close();
  scratch.cleanup();
  console.log(`backup cross-check pwsh timings:\n  ${timings.join('\n  ')}`);
});

describe('Backup-WinsockKeys and Restore-WinsockKeys: Node and the PowerShell module agree', () => {
  it.each(['win10-x64-lsp.reg', 'xp-sp2-nwlink.reg'])('backup of %s: same .reg bytes, same manifest but time and name', async (name) => {
    copyFileSync(fixture(name), image);
    const node = inNode(() => backupWinsockKeys(path.join(scratch.dir, `node-${name}`)));
    const pwsh = await inPwsh('ts_backupWinsockKeys', [path.join(scratch.dir, `ps-${name}`)]);
    expect(pwsh.error).toBeUndefined();
    expect(node.error).toBeUndefined();
    const [n, p] = [node.value!, pwsh.value!];
    expect(without(p, ['path', 'manifestPath', 'time'])).toEqual(without(n, ['path', 'manifestPath', 'time']));
    expect(path.basename(p.path as string).replace(/\d{8}T\d{9}Z/, 'T')).toBe(path.basename(n.path as string).replace(/\d{8}T\d{9}Z/, 'T'));
    expect(bytesOf(p.path as string).equals(bytesOf(n.path as string))).toBe(true);
    expect(bytesOf(p.path as string).equals(bytesOf(fixture(name)))).toBe(true);
    const manifest = (file: string) => without(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, ['timeUtc', 'registryFile']);
    expect(manifest(p.manifestPath as string)).toEqual(manifest(n.manifestPath as string));
    // Byte-identical apart from the time in it and in the name.
    const text = (file: string) => readFileSync(file, 'utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, 'T').replace(/\d{8}T\d{9}Z/, 'T');
    expect(text(p.manifestPath as string)).toBe(text(n.manifestPath as string));
  }, 120_000);

  it('restore of a backup over another image: same result, same image and safety backup bytes', async () => {
    copyFileSync(fixture('win10-x64-lsp.reg'), image);
    const backup = withImage(image, () => backupWinsockKeys(path.join(scratch.dir, 'restore-src'))).path;
    copyFileSync(fixture('win7-x64.reg'), image);
    const node = inNode(() => restoreWinsockKeys(backup, path.join(scratch.dir, 'safety-node')));
    const nodeImage = bytesOf(image);
    copyFileSync(fixture('win7-x64.reg'), image);
    const pwsh = await inPwsh('ts_restoreWinsockKeys', [backup, path.join(scratch.dir, 'safety-ps')]);
    expect(pwsh.error).toBeUndefined();
    expect(without(pwsh.value, ['safetyBackupPath'])).toEqual(without(node.value, ['safetyBackupPath']));
    expect(pwsh.value!.status).toBe('Restored');
    expect(pwsh.value!.exportMatchesBackup).toBe(true);
    expect(bytesOf(image).equals(nodeImage)).toBe(true);
    expect(bytesOf(image).equals(bytesOf(backup))).toBe(true);
    expect(bytesOf(pwsh.value!.safetyBackupPath as string).equals(bytesOf(node.value!.safetyBackupPath as string))).toBe(true);
    expect(bytesOf(pwsh.value!.safetyBackupPath as string).equals(bytesOf(fixture('win7-x64.reg')))).toBe(true);
  }, 120_000);

  it('restore of a regedit export of WinSock2 alone: same result and image (the Winsock key is kept)', async () => {
    const text = regFileText(bytesOf(fixture('win11-x64.reg')));
    const blocks = text.split('\r\n\r\n').filter((b) => !b.toUpperCase().startsWith('[HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\SERVICES\\WINSOCK]') && !b.toUpperCase().startsWith('[HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\SERVICES\\WINSOCK\\'));
    const single = path.join(scratch.dir, 'winsock2-only.reg');
    writeFileSync(single, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(blocks.join('\r\n\r\n'), 'utf16le')]));
    copyFileSync(fixture('server2022.reg'), image);
    const node = inNode(() => restoreWinsockKeys(single, path.join(scratch.dir, 'single-node')));
    const nodeImage = bytesOf(image);
    copyFileSync(fixture('server2022.reg'), image);
    const pwsh = await inPwsh('ts_restoreWinsockKeys', [single, path.join(scratch.dir, 'single-ps')]);
    expect(pwsh.error).toBeUndefined();
    expect(without(pwsh.value, ['safetyBackupPath'])).toEqual(without(node.value, ['safetyBackupPath']));
    expect(bytesOf(image).equals(nodeImage)).toBe(true);
    expect(regFileText(bytesOf(image))).toContain('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters]');
  }, 120_000);

  it('refusals: the same message in both engines, and the image untouched', async () => {
    copyFileSync(fixture('win10-x64.reg'), image);
    const backup = withImage(image, () => backupWinsockKeys(path.join(scratch.dir, 'refusals'))).path;
    const edited = backup.replace('.reg', '-edited.reg');
    copyFileSync(backup, edited);
    copyFileSync(backup.replace('.reg', '.json'), edited.replace('.reg', '.json'));
    writeFileSync(edited, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(regFileText(bytesOf(backup)).replace('dword:0000', 'dword:0001'), 'utf16le')]));
    const run = path.join(scratch.dir, 'run.reg');
    writeFileSync(run, regText(['[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]', '"x"="y"', '']));
    const alias = path.join(scratch.dir, 'alias.reg');
    writeFileSync(alias, regText(['[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\WinSock2_evil]', '']));
    const garbage = path.join(scratch.dir, 'garbage.reg');
    writeFileSync(garbage, bytesOf(backup).subarray(0, 1001));
    const expectedIds = ['W2D1511', 'W2D1512', 'W2D1512', 'W2D1020'];
    const files = [edited, run, alias, garbage];
    for (let i = 0; i < files.length; i++) {
      const node = inNode(() => restoreWinsockKeys(files[i], path.join(scratch.dir, 'refused-node')));
      const pwsh = await inPwsh('ts_restoreWinsockKeys', [files[i], path.join(scratch.dir, 'refused-ps')]);
      expect(node.error?.slice(0, 7)).toBe(expectedIds[i]);
      expect(pwsh).toEqual(node);
    }
    expect(bytesOf(image).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
  }, 120_000);

  it('fault injection in pwsh: W2D1404 and the original image byte for byte for a sample of N', async () => {
    copyFileSync(fixture('win10-x64-lsp-orphaned.reg'), image);
    const made = await inPwsh('ts_backupWinsockKeys', [path.join(scratch.dir, 'fault-src')]);
    const backup = made.value!.path as string;
    copyFileSync(fixture('win11-x64.reg'), image);
    const original = bytesOf(fixture('win11-x64.reg'));
    const last = withImage(image, () => restoreWinsockKeys(backup, path.join(scratch.dir, 'fault-node-count'))).writes;
    copyFileSync(fixture('win11-x64.reg'), image);
    expect(last).toBe(202);
    const sample = [...new Set([1, Math.floor(last / 4), Math.floor(last / 2), Math.floor((3 * last) / 4), last])].sort((a, b) => a - b);
    const problems: string[] = [];
    const started = Date.now();
    for (const n of sample) {
      const r = await inPwsh('ts_restoreWinsockKeys', [backup, path.join(scratch.dir, 'fault-safety'), n]);
      if (!(r.error ?? '').startsWith(`W2D1404: W2D1402: write ${n} failed (injected for a test)`)) problems.push(`N=${n}: ${JSON.stringify(r).slice(0, 200)}`);
      if (!bytesOf(image).equals(original)) {
        problems.push(`N=${n}: the image is not the original`);
        copyFileSync(fixture('win11-x64.reg'), image);
      }
    }
    const done = await inPwsh('ts_restoreWinsockKeys', [backup, path.join(scratch.dir, 'fault-safety'), last + 1]);
    expect(done.value?.status).toBe('Restored');
    expect(bytesOf(image).equals(bytesOf(backup))).toBe(true);
    console.log(`restore fault injection (pwsh): ${sample.length} runs (N = ${sample.join(', ')} of ${last}), ${sample.length - problems.length} rolled back byte for byte, ${Date.now() - started} ms`);
    expect(problems).toEqual([]);
    expect(sample.length).toBe(5);
  }, 300_000);
});
