/**
 * Test data only: seeded random key trees of every value type (for the Wine round trip). Only data
 * every regedit keeps exactly: strings NUL-terminated without inner NULs, REG_DWORD of 4 bytes,
 * REG_EXPAND_SZ / REG_MULTI_SZ NUL-terminated (see value-types.ts for what Wine changes).
 */
import { Buffer } from 'node:buffer';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../../../../src/core/model/registry.js';

const NAME_CHARS = ['a', 'B', 'z', '0', '9', ' ', '_', '-', '.', '"', '\\', ';', '=', '[', ']', '@', 'é', 'ß', 'Ж', '漢', '字', '😀', '#', ',', '(', ')'];
const TEXT_CHARS = [...NAME_CHARS, '\r\n', '\n', '\t', '%', '€', 'ÿ'];

export function randomSnapshot(seed: number, root: string, keyCount: number): RegistrySnapshot {
  let s = seed >>> 0;
  const rnd = (n: number): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 4294967296) * n);
  };
  const word = (chars: string[], min: number, max: number): string => {
    const n = min + rnd(max - min + 1);
    let w = '';
    for (let i = 0; i < n; i++) w += chars[rnd(chars.length)];
    return w;
  };
  const bytes = (n: number): Uint8Array => new Uint8Array(Array.from({ length: n }, () => rnd(256)));
  const u16 = (t: string): Uint8Array => new Uint8Array(Buffer.from(t, 'utf16le'));

  const keys: RegistryKey[] = [];
  const paths = new Set<string>();
  for (let k = 0; k < keyCount; k++) {
    const depth = 1 + rnd(3);
    const segs: string[] = [];
    for (let d = 0; d < depth; d++) segs.push(word(NAME_CHARS.filter((c) => c !== '\\'), 1, 12).trim() || 'k');
    const path = `${root}\\${segs.join('\\')}`;
    if (paths.has(path.toUpperCase())) continue;
    paths.add(path.toUpperCase());
    const names = new Set<string>();
    const values: RegistryValue[] = [];
    const count = rnd(9);
    for (let v = 0; v < count; v++) {
      const name = rnd(10) === 0 ? '' : word(NAME_CHARS, 1, 20);
      if (names.has(name.toUpperCase())) continue;
      names.add(name.toUpperCase());
      const kind = rnd(10);
      let value: RegistryValue;
      if (kind <= 2) value = { name, type: 1, data: u16(`${word(TEXT_CHARS, 0, 60)}\0`) };
      else if (kind === 3) value = { name, type: 2, data: u16(`%SystemRoot%\\${word(TEXT_CHARS, 0, 40)}\0`) };
      else if (kind === 4) value = { name, type: 7, data: u16(`${word(TEXT_CHARS, 1, 10)}\0${word(TEXT_CHARS, 1, 30)}\0\0`) };
      else if (kind === 5) value = { name, type: 3, data: bytes(rnd(3) === 0 ? 888 : rnd(120)) };
      else if (kind === 6) value = { name, type: 4, data: bytes(4) };
      else if (kind === 7) value = { name, type: 11, data: bytes(8) };
      else if (kind === 8) value = { name, type: rnd(2) === 0 ? 0 : 5, data: bytes(rnd(20)) };
      else value = { name, type: 12 + rnd(0xfff0), data: bytes(rnd(40)) };
      values.push(value);
    }
    keys.push({ path, values });
  }
  return { keys };
}
