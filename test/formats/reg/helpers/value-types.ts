/**
 * Test data only: a key tree with every kind of value a .reg file can hold (all REG_* types, unknown
 * types, empty data, default values, unicode and escaped names, empty keys, long names).
 */
import type { RegistrySnapshot } from '../../../../src/core/model/registry.js';
import { binary, dword, expandSz, multiSz, qword, sz } from './catalog-like.js';

export const TYPES_ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\W2DTest';

function bytes(n: number, seed: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push((x >>> 16) & 255);
  }
  return out;
}

/** Values every regedit writes and reads back unchanged (Windows, Wine and ours agree byte for byte). */
export function valueTypesSnapshot(root = TYPES_ROOT): RegistrySnapshot {
  return { keys: [
    { path: root, values: [
      sz('', 'the default value'),
      sz('String', 'text with "quotes" and \\backslashes\\ and ;semicolons; and = signs'),
      sz('Empty', ''),
      sz('Unicode 名前 ✓', 'Ünïcödé 文字列 😀 ∑'),
      sz('Name "quoted"', 'x'),
      sz('Back\\slash\\name', 'y'),
      expandSz('Expand', '%SystemRoot%\\system32\\mswsock.dll'),
      expandSz('ExpandLong', '%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\Modules\\SomeVeryLongModuleName\\1.2.3.4\\SomeVeryLongModuleName.dll'),
      multiSz('Multi', ['Tcpip', 'NetBT', 'AFD', 'Some longer transport name here']),
      multiSz('MultiEmpty', []),
      qword('Qword', 0x0123456789abcdefn),
      qword('QwordZero', 0n),
      dword('Dword', 0x2a),
      dword('DwordMax', 0xffffffff),
      dword('DwordHigh', 0x80000000),
      binary('BigEndian', [0, 0, 1, 0], 5),
      binary('Binary', bytes(300, 7)),
      binary('Binary16', bytes(16, 3)),
      binary('BinaryEmpty', []),
      binary('None', [1, 2, 3], 0),
      binary('NoneEmpty', [], 0),
      binary('Link', [0x5c, 0, 0x52, 0], 6),
      binary('Unknown', bytes(40, 11), 0x100),
      binary('UnknownHigh', bytes(5, 13), 0xffff0012),
      binary('ResourceList', bytes(60, 17), 8),
      binary('A value name long enough that the prefix alone passes seventy-seven characters', bytes(30, 19)),
      binary('A value name of a length that puts the first break right after one byte!', bytes(10, 23)),
      binary('x', bytes(100, 29)),
    ] },
    { path: `${root}\\Empty key`, values: [] },
    { path: `${root}\\Sub\\Deeper\\Deepest`, values: [sz('', ''), dword('n', 1)] },
    { path: `${root}\\Ключ 键 🔑`, values: [sz('Имя', 'значение')] },
  ] };
}

/**
 * Values Windows regedit cannot write as a quoted string, or whose form differs between writers:
 * REG_SZ with CR/LF, with NULs inside, without a terminating NUL, of odd length, empty (0 bytes),
 * REG_DWORD of other than 4 bytes. Our writer keeps each as hex(1) / hex(4) (byte-exact). Wine's
 * regedit 8 writes CR/LF as escaped strings (and reads them back), but cuts a string at its first
 * NUL on export, adds a NUL on import to hex(1)/hex(2)/hex(7) data that lacks one, and exports any
 * non-empty REG_DWORD as dword: (4 bytes): for the Wine round trip only the first qualifies.
 */
export function oddStringsSnapshot(wineSafe: boolean, root = TYPES_ROOT): RegistrySnapshot {
  const u = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
  const values = [{ name: 'LineBreaks', type: 1, data: u('line 1\r\nline 2\nline 3\r\0') }];
  if (!wineSafe) {
    values.push(
      { name: 'EmbeddedNul', type: 1, data: u('a\0b\0') },
      { name: 'NoTerminator', type: 1, data: u('abc') },
      { name: 'OddLength', type: 1, data: new Uint8Array([0x41, 0, 0]) },
      { name: 'ZeroBytes', type: 1, data: new Uint8Array([]) },
      { name: 'DwordShort', type: 4, data: new Uint8Array([1, 2]) },
      { name: 'DwordLong', type: 4, data: new Uint8Array([1, 2, 3, 4, 5]) },
    );
  }
  return { keys: [{ path: `${root}\\Odd strings`, values }] };
}
