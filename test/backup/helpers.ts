/**
 * Shared setup of the backup and restore tests: fixture paths, a scratch folder per test (on tmpfs
 * when there is one: backups and restores fsync every file), and the registry image named by
 * WINSOCK2DOCTOR_REGISTRY set for the duration of one function.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../tools/toolchain.js';
import { REGISTRY_IMAGE_VARIABLE } from '../../src/core/about.js';

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

/** Every committed .reg fixture (file names), sorted. */
export function regFixtures(): string[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.reg'))
    .sort();
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function bytesOf(file: string): Buffer {
  return readFileSync(file);
}

const scratchRoot = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

/** A new empty folder; removed by the returned cleanup. */
export function scratchDir(tag: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(scratchRoot, `w2d-${tag}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A registry image in `dir` holding the bytes of fixture `name` (or of `bytes`). */
export function imageFrom(dir: string, source: string | Uint8Array, file = 'hklm.reg'): string {
  const image = path.join(dir, file);
  if (typeof source === 'string') copyFileSync(fixture(source), image);
  else writeFileSync(image, source);
  return image;
}

/** Runs `f` with WINSOCK2DOCTOR_REGISTRY naming `image`; the variable is put back afterwards. */
export function withImage<T>(image: string, f: () => T): T {
  const saved = process.env[REGISTRY_IMAGE_VARIABLE];
  process.env[REGISTRY_IMAGE_VARIABLE] = image;
  try {
    return f();
  } finally {
    if (saved === undefined) delete process.env[REGISTRY_IMAGE_VARIABLE];
    else process.env[REGISTRY_IMAGE_VARIABLE] = saved;
  }
}

/** The error message `f` throws ('' when it does not throw). */
export function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

/** A .reg file (UTF-16LE with BOM, CR/LF) from lines of text. */
export function regText(lines: string[]): Uint8Array {
  const text = ['Windows Registry Editor Version 5.00', '', ...lines, ''].join('\r\n');
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** A .reg file's text (UTF-16LE with BOM). */
export function regFileText(bytes: Uint8Array): string {
  return Buffer.from(bytes).subarray(2).toString('utf16le');
}

/** The names of the files in `dir` (none when it does not exist), sorted. */
export function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
