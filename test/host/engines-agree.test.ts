/**
 * The direct engine check for the host primitives: one table of calls runs through the Node
 * implementation (in this process) and the PowerShell implementation (ONE pwsh process for the whole
 * table: a generated script dot-sources every src/host/ps/*.ps1, evaluates each call and prints one JSON
 * line per call through its own small JSON writer), and the results must be identical, thrown error
 * messages included. The PowerShell side runs under Set-StrictMode -Version Latest and
 * $ErrorActionPreference = 'Stop', so an unguarded .NET exception shows up as a differing error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostPrimitives } from '../../src/host/primitives.js';
import { nodePrimitives } from '../../src/host/node/index.js';
import { mulberry32 } from '../mulberry32.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const psDir = path.join(repoRoot, 'src', 'host', 'ps');
const pwsh = path.join(repoRoot, '.tools', 'pwsh', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');
const isWindows = process.platform === 'win32';

/** An argument: plain JSON values, Bytes as { hex }, a path inside the engine's scratch folder as { tmp }. */
type Arg = number | string | boolean | null | { hex: string } | { tmp: string } | Arg[];

interface Call {
  fn: keyof HostPrimitives;
  args: Arg[];
  /** Also report this (Bytes) argument after the call: the effect of a write primitive. */
  show?: number;
  /** Also report the scratch folder (names and contents) after the call. */
  files?: boolean;
  /** Environment variables set (string) or removed (null) for this call only, in both engines. */
  env?: Record<string, string | null>;
  /** The result is the current time: compared by format and closeness, not equality. */
  time?: boolean;
}

const h = (hex: string): { hex: string } => ({ hex });
const tmp = (name: string): { tmp: string } => ({ tmp: name });
const c = (fn: keyof HostPrimitives, ...args: Arg[]): Call => ({ fn, args });
const w = (fn: keyof HostPrimitives, ...args: Arg[]): Call => ({ fn, args, show: 0 });

const noRoot: Record<string, string | null> = isWindows
  ? {}
  : { SystemRoot: null, SYSTEMROOT: null, windir: null, WINDIR: null };

const calls: Call[] = [
  // bytes
  c('bytesAlloc', 3), c('bytesAlloc', 0), c('bytesAlloc', 1), c('bytesAlloc', -1), c('bytesAlloc', 1.5),
  c('bytesSlice', h('0102030405'), 1, 3), c('bytesSlice', h('0102030405'), 3, 100),
  c('bytesSlice', h('0102030405'), 4, 2), c('bytesSlice', h('0102030405'), -2, 5),
  c('bytesSlice', h('0102030405'), 1, -1), c('bytesSlice', h('0102030405'), -100, 2),
  c('bytesSlice', h('0102030405'), 1.9, 3.2), c('bytesSlice', h('0102030405'), 7, 9),
  c('bytesSlice', h(''), 0, 1), c('bytesSlice', h('01'), 0, 1),
  c('bytesConcat', [h('01'), h(''), h('0203')]), c('bytesConcat', [h('ff')]), c('bytesConcat', []),
  c('bytesEqual', h('0102'), h('0102')), c('bytesEqual', h('0102'), h('0103')),
  c('bytesEqual', h('01'), h('0100')), c('bytesEqual', h(''), h('')),
  // integers
  c('readU16LE', h('3412ff'), 0), c('readU16LE', h('3412ff'), 1), c('readU16LE', h('3412ff'), 2),
  c('readU32LE', h('ffffffff'), 0), c('readU32LE', h('78563412'), 0), c('readU32LE', h('0000000080'), 1),
  c('readU32LE', h('000000000000000000000000'), 10), c('readU32LE', h('00000000'), 1.5),
  c('readU32LE', h('00000000'), 9007199254740992), c('readU32LE', h('00000000'), 4294967296),
  c('readI32LE', h('ffffffff'), 0), c('readI32LE', h('00000080'), 0), c('readI32LE', h('ffffff7f'), 0),
  c('readI32LE', h('00000000'), -1),
  w('writeU16LE', h('000000'), 1, 0xabcd), w('writeU16LE', h('0000'), 0, -1), w('writeU16LE', h('0000'), 0, 65536),
  w('writeU16LE', h('0000'), 0, -32769), w('writeU16LE', h('0000'), 1, 1),
  w('writeU32LE', h('00000000'), 0, 4294967295), w('writeU32LE', h('00000000'), 0, -2),
  w('writeU32LE', h('00000000'), 0, 0x12345678), w('writeU32LE', h('00000000'), 0, -2147483648),
  w('writeU32LE', h('00000000'), 0, 4294967296), w('writeU32LE', h('00000000'), 0, -2147483649),
  w('writeU32LE', h('00000000'), 0, 1.5), w('writeU32LE', h('00000000'), 1, 7), w('writeU32LE', h('00'), 5, 4294967296),
  w('writeU32LE', h('00000000'), 0.5, 1.5), w('writeU32LE', h('00000000'), 0, 3.0),
  w('writeI32LE', h('00000000'), 0, -2147483648), w('writeI32LE', h('00000000'), 0, -1),
  w('writeI32LE', h('00000000'), 0, 2147483648), w('writeI32LE', h('0000000000'), 1, 2147483647),
  // GUIDs
  c('readGuid', h('8c49809932e72b489f67924273a56666'), 0), c('readGuid', h('008c49809932e72b489f67924273a56666'), 1),
  c('readGuid', h('8c49809932e72b489f67924273a56666'), 1),
  w('writeGuid', h('00'.repeat(18)), 1, '{9980498C-E732-482B-9F67-924273A56666}'),
  w('writeGuid', h('00'.repeat(16)), 0, '{9980498c-e732-482b-9f67-924273a56666}'),
  w('writeGuid', h('00'.repeat(16)), 0, '9980498c-E732-482b-9F67-924273a56666'),
  w('writeGuid', h('00'.repeat(16)), 0, '{9980498C-E732-482B-9F67-924273A56666'),
  w('writeGuid', h('00'.repeat(16)), 0, '9980498CE732482B9F67924273A56666'),
  w('writeGuid', h('00'.repeat(16)), 0, '{9980498C-E732-482B-9F67-924273A56666}\n'),
  w('writeGuid', h('00'.repeat(16)), 0, ''), w('writeGuid', h('00'.repeat(15)), 0, '{00000000-0000-0000-0000-000000000000}'),
  // ANSI strings
  c('readAnsiZ', h('41424300ffff'), 0, 6), c('readAnsiZ', h('414243'), 0, 3), c('readAnsiZ', h('41424344'), 1, 2),
  c('readAnsiZ', h('41'), 0, 0), c('readAnsiZ', h('80818d8f909d9f'), 0, 7),
  c('readAnsiZ', h('8082838485868788898a8b8c8e9192939495969798999a9b9c9e9f'), 0, 27),
  c('readAnsiZ', h('a0a1e9ff7f01'), 0, 6), c('readAnsiZ', h('0000000000'), 2, 4), c('readAnsiZ', h('00'), 0, -1),
  w('writeAnsiZ', h('ffffffffffff'), 1, 4, 'Ab'), w('writeAnsiZ', h('ffff'), 0, 2, '\u20AC'),
  w('writeAnsiZ', h('ff'), 0, 1, ''), w('writeAnsiZ', h('ffffffffff'), 0, 5, 'a\u{1F600}b'),
  w('writeAnsiZ', h('ffff'), 0, 2, '\ud800'), w('writeAnsiZ', h('ffffff'), 0, 3, '\udc00\ud800'),
  w('writeAnsiZ', h('ffff'), 0, 2, '\u0080'), w('writeAnsiZ', h('ffff'), 0, 2, '\u0081'),
  w('writeAnsiZ', h('ffff'), 0, 2, '\u0100'),
  w('writeAnsiZ', h('ff'.repeat(30)), 0, 30, '\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178'),
  w('writeAnsiZ', h('0000000000000000'), 0, 4, 'abcd'), w('writeAnsiZ', h('000000'), 0, 4, 'ab'),
  w('writeAnsiZ', h('0000'), 0, 2, "it's"),
  // UTF-16 strings
  c('readUtf16Z', h('410042000000'), 0, 6), c('readUtf16Z', h('41004200'), 0, 4), c('readUtf16Z', h('4100420043'), 0, 5),
  c('readUtf16Z', h('00410042'), 1, 2), c('readUtf16Z', h('3dd800de'), 0, 4), c('readUtf16Z', h('00d84100'), 0, 4),
  c('readUtf16Z', h('0000000000000000'), 6, 4),
  w('writeUtf16Z', h('ffffffff'), 0, 4, '\udc00'), w('writeUtf16Z', h('ffffffffffffffff'), 0, 8, 'AB'),
  w('writeUtf16Z', h('ffffffffffffffff'), 0, 7, 'AB'), w('writeUtf16Z', h('ffffffffffffffff'), 0, 8, 'ABC'),
  w('writeUtf16Z', h('0000000000000000'), 0, 8, 'ABCD'), w('writeUtf16Z', h('0000'), 0, 4, ''),
  // hex
  c('bytesToHex', h('00ff10ab')), c('bytesToHex', h('')), c('hexToBytes', 'ABcd09'), c('hexToBytes', ''),
  c('hexToBytes', 'abc'), c('hexToBytes', 'zz'), c('hexToBytes', 'az'), c('hexToBytes', '0x12'), c('hexToBytes', '12 4'),
  c('hexToBytes', '\u0661\u0662'),
  ...['00,ff,1A,b2', '7f', '', '00,', ',00', '0,00', '000', '00,,01', '00, 01', '0g', '00;01', ' 00', '00\n', '00,01\\', '\u0661\u0662'].map((x) => c('hexListToBytes', x)),
  c('readUtf16Z', h('00d800004100'), 0, 6), c('readUtf16Z', h('4100fdff00dc'), 0, 6), c('readUtf16Z', h('fdff42000000'), 0, 6),
  // text
  ...[
    'fffe41004200', 'feff00410042', 'efbbbf41c3a9', '41c3a9', '41e9', '80', '', 'ff', 'fffe', 'efbbbf',
    'efbbbfefbbbf41', 'f09f9880', 'efbfbf', 'c080', 'eda080', 'f4908080', 'e282', '4180', 'fffe00d84100',
    'fffe410042', 'feff0041dc00', 'efbbbf41e28241f090', 'efbbbff08f8080', 'efbbbfc0af', 'efbbbfe0a0',
    'efbbbfed9fbfeda080', 'efbbbff4908080', 'efbbbfff41fe', '0d0a410d0a', 'fffe3dd800de0d000a00',
  ].map((x) => c('decodeText', h(x))),
  c('encodeText', 'AB', 'utf16le-bom'), c('encodeText', 'A\u00E9', 'utf8'), c('encodeText', 'A\u00E9', 'utf8-bom'),
  c('encodeText', 'A\u00E9\u20AC', 'ansi'), c('encodeText', '', 'utf8-bom'), c('encodeText', '', 'utf16le-bom'),
  c('encodeText', '', 'ansi'), c('encodeText', '', 'utf8'), c('encodeText', '\u{1F600}', 'utf8'),
  c('encodeText', '\ud800x', 'utf8'), c('encodeText', '\udc00\ud800', 'utf8-bom'), c('encodeText', 'a\ud800', 'utf16le-bom'),
  c('encodeText', '\u{1F600}\ud800', 'ansi'), c('encodeText', 'x', 'UTF8'), c('encodeText', 'x', 'utf16be-bom'),
  c('encodeText', 'x', ''), c('encodeText', 'Windows Registry Editor Version 5.00\r\n', 'utf16le-bom'),
  c('sha256Hex', h('616263')), c('sha256Hex', h('')), c('sha256Hex', h('00'.repeat(888))),
  // files (each engine in its own scratch folder holding the same fixtures)
  c('readFileBytes', tmp('fixture.bin')), c('readFileBytes', tmp('missing.bin')), c('readFileBytes', tmp('sub')),
  { fn: 'writeFileAtomic', args: [tmp('out.reg'), h('fffe4100')], files: true },
  { fn: 'writeFileAtomic', args: [tmp('out.reg'), h('01')], files: true },
  { fn: 'writeFileAtomic', args: [tmp('empty.bin'), h('')], files: true },
  { fn: 'writeFileAtomic', args: [tmp('no-such-folder/x.bin'), h('01')], files: true },
  { fn: 'writeFileAtomic', args: [tmp('sub'), h('01')], files: true },
  c('fileExists', tmp('fixture.bin')), c('fileExists', tmp('sub')), c('fileExists', tmp('missing.bin')),
  c('fileExists', ''), c('fileExists', 'package.json'), c('fileExists', 'src'), c('fileExists', 'a\u0000b'),
  c('fileExists', tmp('Win\\System32\\mswsock.dll')), c('fileExists', tmp('Win\\System32\\missing.dll')),
  { fn: 'writeNewPrivateFile', args: [tmp('backup.reg'), h('fffe4100')], files: true },
  { fn: 'writeNewPrivateFile', args: [tmp('backup.reg'), h('01')], files: true },
  { fn: 'writeNewPrivateFile', args: [tmp('fixture.bin'), h('01')], files: true },
  { fn: 'writeNewPrivateFile', args: [tmp('sub'), h('01')], files: true },
  { fn: 'writeNewPrivateFile', args: [tmp('no-such-folder/x.bin'), h('01')], files: true },
  { fn: 'writeNewPrivateFile', args: [tmp('empty.bin'), h('')], files: true },
  { fn: 'ensureDirectory', args: [tmp('made/deeper')], files: true },
  { fn: 'ensureDirectory', args: [tmp('made/deeper')], files: true },
  { fn: 'ensureDirectory', args: [tmp('fixture.bin')], files: true },
  c('joinPath', 'a', 'b.reg'), c('joinPath', 'a/', 'b.reg'), c('joinPath', 'a\\', 'b.reg'), c('joinPath', '', 'b.reg'),
  c('shouldProcess', 'HKLM\\SYSTEM', 'Delete key'),
  // environment
  { fn: 'getEnv', args: ['W2D_T_GETENV'], env: { W2D_T_GETENV: 'v=1' } },
  { fn: 'getEnv', args: ['W2D_T_GETENV'], env: { W2D_T_GETENV: null } }, c('getEnv', ''),
  ...(
    [
      ['%w2d_t_dir%\\a.dll', 64], ['%W2D_T_DIR%%W2D_T_DIR%', 64], ['%W2D_T_UNSET%\\a.dll', 64],
      ['%W2D_T_UNSET%W2D_T_DIR%', 64], ['%%', 64], ['50%', 32], ['%', 32], ['', 32], ['%W2D_T_PCT%', 64],
      ['%W2D_T_DIR%\\system32\\x.dll', 32],
    ] as [string, number][]
  ).map(([p, b]): Call => ({
    fn: 'expandCatalogPath', args: [p, b], env: { W2D_T_DIR: 'C:\\Dir', W2D_T_UNSET: null, W2D_T_PCT: '%W2D_T_DIR%' },
  })),
  ...(
    [
      ['%SystemRoot%\\system32\\mswsock.dll', 32], ['%SystemRoot%\\system32\\mswsock.dll', 64],
      ['c:\\windows\\SYSTEM32\\x.dll', 32], ['%windir%\\System32\\drivers\\x.sys', 32],
      ['C:\\Windows\\System32Extra\\x.dll', 32], ['D:\\Windows\\System32\\x.dll', 32],
      ['C:\\Windows\\sub\\System32\\x.dll', 32], ['C:\\Windows\\System32', 32], ['C:\\Windows/System32/x.dll', 32],
    ] as [string, number][]
  ).map(([p, b]): Call => ({ fn: 'expandCatalogPath', args: [p, b], env: { SystemRoot: 'C:\\Windows', windir: 'C:\\Windows' } })),
  ...(isWindows
    ? []
    : (
        [
          ['%SystemRoot%\\system32\\mswsock.dll', 64, null], ['%SystemRoot%\\system32\\mswsock.dll', 32, null],
          ['%windir%\\system32\\mswsock.dll', 32, null], ['%SystemRoot%\\System32\\mswsock.dll', 64, '/sim/win'],
          ['%SYSTEMROOT%\\System32\\mswsock.dll', 32, '/sim/win'], ['%windir%\\system32\\x.dll', 32, '/sim/win'],
          ['%windir%system32\\x.dll', 32, '/sim/win/'],
        ] as [string, number, string | null][]
      ).map(([p, b, root]): Call => ({ fn: 'expandCatalogPath', args: [p, b], env: { ...noRoot, WINSOCK2DOCTOR_SYSTEMROOT: root } }))),
  // system
  { fn: 'nowUtcIso', args: [], time: true }, c('computerName'), c('platform'), c('osVersion'), c('isElevated'),
  c('runNetsh', ['winsock', 'show', 'catalog']),
  ...(isWindows
    ? []
    : [
        c('registryRead', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2'),
        c('registryWrite', 'createKey', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\W2DTest', '', 0, h('')),
      ]),
];

// Seeded random inputs (the same on every run) for the text primitives, where hand-picked vectors
// are most likely to miss a difference: mixed valid/invalid UTF-8 with and without BOMs, UTF-16 with
// lone surrogates, strings mixing ASCII, Latin-1, the 1252 table, astral and lone surrogates.
const rnd = mulberry32(811259);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const BYTE_PIECES = ['41', '00', '7f', '80', '9f', 'a0', 'ff', 'c3a9', 'e282ac', 'f09f9880', 'c0', 'ed', 'a080', 'f4', '90', 'e2', '82', 'efbbbf', 'fffe', 'feff', '0d0a', 'dfbf', 'f0908080', 'bf'];
const CHARS = ['A', 'z', ' ', '\r\n', '\u0000', '\u007f', '\u0080', '\u0081', '\u009d', '\u00a0', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\u0178', '\u2122', '\ufeff', '\ufffd', '\u{1f600}', '\ud800', '\udc00', '%', '\\'];
const randomHex = (): string => Array.from({ length: Math.floor(rnd() * 8) }, () => pick(BYTE_PIECES)).join('');
const randomText = (): string => Array.from({ length: Math.floor(rnd() * 8) }, () => pick(CHARS)).join('');
for (let k = 0; k < 120; k++) calls.push(c('decodeText', h(randomHex())));
for (let k = 0; k < 60; k++) calls.push(c('encodeText', randomText(), pick(['utf16le-bom', 'utf8', 'utf8-bom', 'ansi'])));
for (let k = 0; k < 40; k++) {
  const t = randomText();
  calls.push(w('writeAnsiZ', h('ff'.repeat(12)), 1, 10, t), w('writeUtf16Z', h('ff'.repeat(20)), 2, 17, t));
}
for (let k = 0; k < 40; k++) {
  const b = Array.from({ length: 12 }, () => pick(['00', '41', '80', '9d', 'ff', '00d8', '00dc', '3dd8'])).join('').slice(0, 24);
  calls.push(c('readAnsiZ', h(b), 1, 10), c('readUtf16Z', h(b), 1, 11));
}
for (let k = 0; k < 30; k++) {
  const x = Array.from({ length: Math.floor(rnd() * 6) }, () => pick(['0', 'a', 'F', 'g', ' ', '\u0660', 'ff'])).join('');
  calls.push(c('hexToBytes', x));
}
for (let k = 0; k < 40; k++) {
  const x = Array.from({ length: Math.floor(rnd() * 6) }, () => pick(['%', 'W2D_T_DIR', 'w2d_t_dir', 'W2D_T_UNSET', 'x', '\\system32\\', '%SystemRoot%', '%windir%', 'C:\\Windows'])).join('');
  calls.push({ fn: 'expandCatalogPath', args: [x, pick([32, 64])], env: { W2D_T_DIR: 'C:\\Windows', W2D_T_UNSET: null, SystemRoot: 'C:\\Windows' } });
}

// ---------------------------------------------------------------------------------------------------
// Node side

function nodeArg(a: Arg, dir: string): unknown {
  if (Array.isArray(a)) return a.map((e) => nodeArg(e, dir));
  if (a !== null && typeof a === 'object') {
    if ('hex' in a) return new Uint8Array(Buffer.from(a.hex, 'hex'));
    return path.join(dir, a.tmp);
  }
  return a;
}

function plain(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Uint8Array) return { bytes: Buffer.from(v).toString('hex') };
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'number' && Object.is(v, -0)) return 0;
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = plain(x);
    return o;
  }
  return v;
}

function listFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    out[name] = statSync(full).isDirectory() ? '<dir>' : readFileSync(full).toString('hex');
  }
  return out;
}

function runNode(call: Call, dir: string): Record<string, unknown> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(call.env ?? {})) {
    saved[k] = process.env[k];
    if (v === null) delete process.env[k];
    else process.env[k] = v;
  }
  const args = call.args.map((a) => nodeArg(a, dir));
  const result: Record<string, unknown> = {};
  try {
    const fn = nodePrimitives[call.fn] as (...a: unknown[]) => unknown;
    result.ret = plain(fn(...args));
  } catch (e) {
    result.error = (e as Error).message;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  if (call.show !== undefined) result.arg = plain(args[call.show]);
  if (call.files) result.files = listFiles(dir);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// PowerShell side: one generated script, one pwsh process

/** A PowerShell expression for a string: a single-quoted literal when plain ASCII, else built from char codes. */
function psString(s: string): string {
  if (/^[\x20-\x26\x28-\x7e]*$/.test(s)) return `'${s}'`;
  const codes = Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  return `([string]::new([char[]]@(${codes.join(',')})))`;
}

function psScalar(a: Arg, dir: string): string {
  if (a === null) return '$null';
  if (typeof a === 'boolean') return a ? '$true' : '$false';
  if (typeof a === 'number') {
    if (Number.isNaN(a)) return '([double]::NaN)';
    if (a === Infinity) return '([double]::PositiveInfinity)';
    if (a === -Infinity) return '([double]::NegativeInfinity)';
    if (Number.isInteger(a) && a >= -2147483648 && a <= 2147483647) return `([int]${a})`;
    if (Number.isSafeInteger(a)) return `([long]${a})`;
    return `([double]'${String(a)}')`;
  }
  if (typeof a === 'string') return psString(a);
  if (Array.isArray(a)) throw new Error('nested arrays are not supported by the harness');
  if ('hex' in a) return `(__w2dBytes '${a.hex}')`;
  return psString(path.join(dir, a.tmp));
}

const PS_PRELUDE = String.raw`
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
function __w2dBytes {
    param($__h)
    $__b = New-Object byte[] ($__h.Length / 2)
    for ($__i = 0; $__i -lt $__b.Length; $__i++) { $__b[$__i] = [System.Convert]::ToByte($__h.Substring(2 * $__i, 2), 16) }
    return ,$__b
}
function __w2dQ {
    param($__s)
    $__sb = New-Object System.Text.StringBuilder
    [void]$__sb.Append('"')
    foreach ($__ch in $__s.ToCharArray()) {
        $__c = [int]$__ch
        if ($__c -eq 34) { [void]$__sb.Append('\"') }
        elseif ($__c -eq 92) { [void]$__sb.Append('\\') }
        elseif ($__c -lt 32 -or $__c -gt 126) { [void]$__sb.Append('\u').Append($__c.ToString('x4')) }
        else { [void]$__sb.Append($__ch) }
    }
    [void]$__sb.Append('"')
    return $__sb.ToString()
}
function __w2dJ {
    param($__x)
    if ($null -eq $__x) { return 'null' }
    if ($__x -is [string]) { return (__w2dQ $__x) }
    if ($__x -is [bool]) { if ($__x) { return 'true' } else { return 'false' } }
    if ($__x -is [byte[]]) {
        $__hex = ''
        if ($__x.Length -gt 0) { $__hex = [System.BitConverter]::ToString($__x).Replace('-', '').ToLowerInvariant() }
        return '{"bytes":"' + $__hex + '"}'
    }
    if ($__x -is [System.Collections.Generic.List[object]]) {
        $__parts = New-Object System.Collections.Generic.List[string]
        foreach ($__e in $__x) { $__parts.Add((__w2dJ $__e)) }
        return '[' + [string]::Join(',', $__parts) + ']'
    }
    if ($__x -is [array]) {
        $__parts = New-Object System.Collections.Generic.List[string]
        foreach ($__e in $__x) { $__parts.Add((__w2dJ $__e)) }
        return '{"unexpectedArray":[' + [string]::Join(',', $__parts) + ']}'
    }
    if ($__x -is [System.Management.Automation.PSCustomObject]) {
        $__parts = New-Object System.Collections.Generic.List[string]
        foreach ($__p in $__x.PSObject.Properties) { $__parts.Add((__w2dQ $__p.Name) + ':' + (__w2dJ $__p.Value)) }
        return '{' + [string]::Join(',', $__parts) + '}'
    }
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 12) { return ([long]$__x).ToString([System.Globalization.CultureInfo]::InvariantCulture) }
    if ($__tc -ge 13 -and $__tc -le 15) {
        $__d = [double]$__x
        if ([double]::IsNaN($__d) -or [double]::IsInfinity($__d)) { return '{"nonFinite":"' + $__d.ToString([System.Globalization.CultureInfo]::InvariantCulture) + '"}' }
        if ([Math]::Floor($__d) -eq $__d -and [Math]::Abs($__d) -le 9007199254740991) { return ([long]$__d).ToString([System.Globalization.CultureInfo]::InvariantCulture) }
        return $__d.ToString('R', [System.Globalization.CultureInfo]::InvariantCulture)
    }
    return '{"unexpectedType":' + (__w2dQ $__x.GetType().FullName) + '}'
}
function __w2dFiles {
    param($__dir)
    $__parts = New-Object System.Collections.Generic.List[string]
    $__names = New-Object System.Collections.Generic.List[string]
    foreach ($__f in [System.IO.Directory]::GetFileSystemEntries($__dir)) { $__names.Add([System.IO.Path]::GetFileName($__f)) }
    $__names.Sort([System.StringComparer]::Ordinal)
    foreach ($__n in $__names) {
        $__full = [System.IO.Path]::Combine($__dir, $__n)
        if ([System.IO.Directory]::Exists($__full)) { $__v = '"<dir>"' } else { $__v = (__w2dJ ([System.IO.File]::ReadAllBytes($__full))) -replace '^\{"bytes":(".*")\}$', '$1' }
        $__parts.Add((__w2dQ $__n) + ':' + $__v)
    }
    return '{' + [string]::Join(',', $__parts) + '}'
}
`;

function psScript(dir: string): string {
  const lines: string[] = [PS_PRELUDE];
  for (const f of readdirSync(psDir).filter((n) => n.endsWith('.ps1')).sort()) {
    lines.push(`. ${psString(path.join(psDir, f))}`);
  }
  calls.forEach((call, i) => {
    lines.push(`# call ${i}: ${call.fn}`);
    lines.push('$__saved = @{}');
    for (const [k, v] of Object.entries(call.env ?? {})) {
      lines.push(`$__saved[${psString(k)}] = [System.Environment]::GetEnvironmentVariable(${psString(k)})`);
      lines.push(`[System.Environment]::SetEnvironmentVariable(${psString(k)}, ${v === null ? '[NullString]::Value' : psString(v)})`);
    }
    const names: string[] = [];
    call.args.forEach((a, k) => {
      const v = `$__a${k}`;
      names.push(v);
      if (Array.isArray(a)) {
        lines.push(`${v} = New-Object System.Collections.Generic.List[object]`);
        for (const e of a) lines.push(`[void]${v}.Add(${psScalar(e, dir)})`);
      } else {
        lines.push(`${v} = ${psScalar(a, dir)}`);
      }
    });
    lines.push('$__r = $null; $__e = $null');
    lines.push(`try { $__r = host_${call.fn} ${names.join(' ')} } catch { $__e = $_.Exception.Message }`);
    lines.push(
      'foreach ($__k in $__saved.Keys) { $__v = $__saved[$__k]; if ($null -eq $__v) { $__v = [NullString]::Value }; [System.Environment]::SetEnvironmentVariable($__k, $__v) }',
    );
    lines.push(`$__line = '{"i":${i}'`);
    lines.push(`if ($null -ne $__e) { $__line += ',"error":' + (__w2dQ $__e) } else { $__line += ',"ret":' + (__w2dJ $__r) }`);
    if (call.show !== undefined) lines.push(`$__line += ',"arg":' + (__w2dJ $__a${call.show})`);
    if (call.files) lines.push(`$__line += ',"files":' + (__w2dFiles ${psString(dir)})`);
    lines.push(`[Console]::Out.WriteLine($__line + '}')`);
  });
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------

function makeScratch(root: string, name: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'Win', 'System32'), { recursive: true });
  writeFileSync(path.join(dir, 'fixture.bin'), Buffer.from('00ff7f80', 'hex'));
  writeFileSync(path.join(dir, 'Win', 'System32', 'mswsock.dll'), 'MZ');
  return dir;
}

describe('Node and PowerShell host primitives agree', () => {
  let root: string;
  let nodeDir: string;
  let pwshDir: string;
  const nodeResults: Record<string, unknown>[] = [];
  const psResults = new Map<number, Record<string, unknown>>();
  let psStderr = '';

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'w2d-agree-'));
    nodeDir = makeScratch(root, 'node');
    pwshDir = makeScratch(root, 'ps');
    for (const call of calls) nodeResults.push(runNode(call, nodeDir));
    const script = path.join(root, 'agree.ps1');
    writeFileSync(script, psScript(pwshDir), 'utf8');
    const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', script], {
      cwd: process.cwd(),
      env: { ...process.env, TERM: 'dumb', POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    psStderr = `${r.error?.message ?? ''}${r.stderr ?? ''}`;
    for (const line of (r.stdout ?? '').split(/\r?\n/)) {
      if (!line.startsWith('{"i":')) continue;
      const o = JSON.parse(line) as Record<string, unknown>;
      psResults.set(o.i as number, o);
    }
  }, 120_000);

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('covers every primitive', () => {
    const covered = new Set(calls.map((c) => c.fn));
    expect(Object.keys(nodePrimitives).filter((n) => !covered.has(n as keyof HostPrimitives))).toEqual([]);
  });

  it('pwsh answered every call', () => {
    expect(psStderr).toBe('');
    expect(psResults.size).toBe(calls.length);
  });

  const normalise = (v: unknown, dir: string): string =>
    JSON.stringify(v).split(JSON.stringify(dir).slice(1, -1)).join('<tmp>');

  calls.forEach((call, i) => {
    it(`#${i} ${call.fn}(${JSON.stringify(call.args)})`, () => {
      const ps = psResults.get(i);
      expect(ps, 'no result from pwsh').toBeDefined();
      const { i: _index, ...psResult } = ps!;
      const nodeResult = nodeResults[i];
      if (call.time) {
        const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
        expect(nodeResult.ret).toMatch(iso);
        expect(psResult.ret).toMatch(iso);
        expect(Math.abs(Date.parse(psResult.ret as string) - Date.parse(nodeResult.ret as string))).toBeLessThan(120_000);
        return;
      }
      expect(normalise(psResult, pwshDir)).toBe(normalise(nodeResult, nodeDir));
    });
  });
});
