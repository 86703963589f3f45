/**
 * Wine's regedit as an independent .reg implementation for tests (Debian packages `wine wine64`,
 * command `regedit-stable`; see ../shared/reference/test-environment.md). Each WineRegedit owns a
 * fresh WINEPREFIX in a temporary folder; `close()` stops its wineserver and removes the folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REGEDIT = 'regedit-stable';

/** true when `regedit-stable` is on PATH. */
export function wineAvailable(): boolean {
  const r = spawnSync('sh', ['-c', `command -v ${REGEDIT}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

/** A Linux path as Wine sees it (drive Z: is the root). */
export function winePath(p: string): string {
  return `Z:${path.resolve(p).replace(/\//g, '\\')}`;
}

export interface WineRegedit {
  prefix: string;
  /** Imports a .reg file's bytes (`regedit /S`); returns the milliseconds it took. */
  importBytes(bytes: Uint8Array): number;
  /** Exports a key with its subtree (`regedit /E`); returns the file's bytes and the milliseconds. */
  exportKey(key: string): { bytes: Uint8Array; ms: number };
  /** Deletes keys and their subtrees by importing `[-key]` lines (one regedit run). */
  deleteKeys(keys: string[]): void;
  close(): void;
}

function run(prefix: string, args: string[]): void {
  const r = spawnSync(REGEDIT, args, {
    env: { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', DISPLAY: '' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${REGEDIT} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
}

export function startWineRegedit(): WineRegedit {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-wine-'));
  const prefix = path.join(dir, 'prefix');
  let n = 0;
  const self: WineRegedit = {
    prefix,
    importBytes(bytes) {
      const file = path.join(dir, `in-${n++}.reg`);
      writeFileSync(file, bytes);
      const t = Date.now();
      run(prefix, ['/S', winePath(file)]);
      return Date.now() - t;
    },
    exportKey(key) {
      const file = path.join(dir, `out-${n++}.reg`);
      const t = Date.now();
      run(prefix, ['/E', winePath(file), key]);
      const ms = Date.now() - t;
      return { bytes: new Uint8Array(readFileSync(file)), ms };
    },
    deleteKeys(keys) {
      const text = `Windows Registry Editor Version 5.00\r\n\r\n${keys.map((k) => `[-${k}]\r\n\r\n`).join('')}`;
      self.importBytes(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    },
    close() {
      spawnSync('wineserver', ['-k'], { env: { ...process.env, WINEPREFIX: prefix }, timeout: 30_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}
