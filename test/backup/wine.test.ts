/**
 * Issue 6 item 8: interop with an independent .reg implementation, Wine's regedit (Debian `wine`,
 * command regedit-stable), in a fresh WINEPREFIX, with the helpers and the skip policy of
 * test/formats/reg/wine.test.ts (fails when CI is set and Wine is missing; skipped loudly only locally).
 *  1. Wine imports a backup we wrote (Backup-WinsockKeys of a Windows 10 catalog with an LSP) and
 *     exports both keys again: the same keys, value names, types and bytes; and our writer, given the
 *     backup in Wine's order, writes exactly Wine's bytes for each key.
 *     Wine's two exports joined are even our backup file byte for byte (the backup is in registry order).
 *  2. The two Wine exports as one file (Wine's Winsock export followed by the keys of its WinSock2
 *     export) restore through restoreWinsockKeys over another machine's keys unchanged: afterwards
 *     the image is Wine's file byte for byte (exportMatchesBackup) and holds the backup's content.
 * One import and two exports (each regedit start costs seconds).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { startWineRegedit, wineAvailable, type WineRegedit } from '../../tools/wine.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import type { RegistrySnapshot } from '../../src/core/model/registry.js';
import { backupWinsockKeys } from '../../src/core/backup/backup-winsock-keys.js';
import { restoreWinsockKeys } from '../../src/core/backup/restore-winsock-keys.js';
import { WINSOCK_KEY, WINSOCK2_KEY } from '../../src/core/registry/winsock-keys.js';
import { isKeyAtOrUnder } from '../../src/core/registry/key-order.js';
import { snapshotPlain, wineOrder } from '../formats/reg/helpers/compare.js';
import { bytesOf, fixture, imageFrom, regFileText, scratchDir, withImage } from './helpers.js';

const available = wineAvailable();
const inCi = (process.env.CI ?? '') !== '';
const skipLocally = !available && !inCi;
if (skipLocally) {
  const bar = '!'.repeat(100);
  console.warn(`${bar}\n!!! test/backup/wine.test.ts NOT RUN: regedit-stable (Wine's regedit) is not installed and CI is unset.\n!!! Install it: apt-get update && apt-get install -y --no-install-recommends wine wine64\n!!! In CI (CI set) this test fails instead.\n${bar}`);
}

function under(s: RegistrySnapshot, root: string): RegistrySnapshot {
  return { keys: s.keys.filter((k) => isKeyAtOrUnder(k.path, root)) };
}

function parse(bytes: Uint8Array): RegistrySnapshot {
  return regFileToSnapshot(parseRegFile(bytes));
}

/** One .reg file from Wine's two exports: the first as it is, the key blocks of the second after it. */
function joinExports(first: Uint8Array, second: Uint8Array): Uint8Array {
  const header = 'Windows Registry Editor Version 5.00\r\n\r\n';
  const rest = regFileText(second);
  expect(rest.startsWith(header)).toBe(true);
  return new Uint8Array(Buffer.concat([Buffer.from(first), Buffer.from(rest.slice(header.length), 'utf16le')]));
}

describe.skipIf(skipLocally)("Backup-WinsockKeys / Restore-WinsockKeys against Wine's regedit", () => {
  const scratch = scratchDir('backup-wine');
  let wine: WineRegedit | undefined;
  let ours: Uint8Array = new Uint8Array(0);
  const exported = new Map<string, Uint8Array>();
  const timings: string[] = [];

  beforeAll(() => {
    if (!available) return;
    const started = Date.now();
    const image = imageFrom(scratch.dir, 'win10-x64-lsp.reg');
    ours = bytesOf(withImage(image, () => backupWinsockKeys(path.join(scratch.dir, 'backups'))).path);
    wine = startWineRegedit();
    let t = Date.now();
    wine.deleteKeys([WINSOCK_KEY, WINSOCK2_KEY]); // creates the prefix: the slow first run
    timings.push(`prefix created in ${Date.now() - t} ms`);
    timings.push(`import of our ${ours.length}-byte backup: ${wine.importBytes(ours)} ms`);
    for (const key of [WINSOCK_KEY, WINSOCK2_KEY]) {
      const out = wine.exportKey(key);
      exported.set(key, out.bytes);
      timings.push(`export of ${key} (${out.bytes.length} bytes): ${out.ms} ms`);
    }
    t = Date.now();
    timings.push(`round trip total ${t - started} ms`);
  }, 900_000);

  afterAll(() => {
    wine?.close();
    scratch.cleanup();
  });

  it('regedit-stable is installed (apt-get install -y --no-install-recommends wine wine64)', () => {
    expect(available).toBe(true);
    console.log(`Wine backup round trip:\n  ${timings.join('\n  ')}`);
  });

  it.each([WINSOCK_KEY, WINSOCK2_KEY])('Wine exports %s with the keys, names, types and bytes of our backup', (key) => {
    const expected = under(parse(ours), key);
    expect(expected.keys.length).toBeGreaterThan(key === WINSOCK2_KEY ? 40 : 1);
    expect(snapshotPlain(parse(exported.get(key)!))).toEqual(snapshotPlain(wineOrder(expected, key)));
  });

  it.each([WINSOCK_KEY, WINSOCK2_KEY])("our writer reproduces Wine's bytes for %s in Wine's order", (key) => {
    const wineBytes = Buffer.from(exported.get(key)!);
    expect(Buffer.from(writeRegFile(wineOrder(under(parse(ours), key), key))).equals(wineBytes)).toBe(true);
    expect(Buffer.from(writeRegFile(parse(wineBytes))).equals(wineBytes)).toBe(true);
  });

  it("Wine's export of both keys restores through restoreWinsockKeys unchanged: the image is Wine's file byte for byte", () => {
    const wineFile = joinExports(exported.get(WINSOCK_KEY)!, exported.get(WINSOCK2_KEY)!);
    const file = path.join(scratch.dir, 'wine-export.reg');
    writeFileSync(file, wineFile);
    const image = imageFrom(scratch.dir, 'xp-sp2-nwlink.reg', 'restore-image.reg');
    const r = withImage(image, () => restoreWinsockKeys(file, path.join(scratch.dir, 'safety')));
    // The backup is in Wine's order already (keys and values sorted as the registry keeps them):
    // Wine's two exports joined are our backup byte for byte.
    expect(Buffer.from(wineFile).equals(Buffer.from(ours))).toBe(true);
    expect(r.status).toBe('Restored');
    expect(r.manifestChecked).toBe(false);
    expect(r.exportMatchesBackup).toBe(true);
    expect(bytesOf(image).equals(Buffer.from(wineFile))).toBe(true);
    expect(snapshotPlain(parse(bytesOf(image)))).toEqual(snapshotPlain(parse(ours)));
    expect(bytesOf(r.safetyBackupPath).equals(bytesOf(fixture('xp-sp2-nwlink.reg')))).toBe(true);
  });
});
