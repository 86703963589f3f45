/**
 * The runtime helpers (codegen/runtime/*.ps1) against Node: a table of cases (helper, arguments,
 * the equivalent JavaScript) plus fixed-seed fuzz vectors, evaluated in Node and in ONE pwsh process
 * (helpers linked through helperClosure, arguments passed as tagged JSON and converted by a small
 * loader), compared line by line. Also checks the folder's invariants and helperClosure.
 *
 * Result form (both engines): `undefined` | `null` | `number:<String(n) or -0>` | `json:<JSON.stringify>`,
 * or `throw`; for mutating helpers a TAB and the JSON of the first argument after the call follow.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { helperClosure, helperSource, runtimeDir, runtimeHelpers } from '../../codegen/runtime/index.js';
import { pwshEnv, pwshPath } from '../../tools/toolchain.js';
import { mulberry32 } from '../mulberry32.js';
/** A value typed specially on the PowerShell side; `js` is its JavaScript equivalent. */
class Tagged {
  constructor(
    readonly tag: string,
    readonly ps: unknown,
    readonly js: unknown,
  ) {}
}
/** A [long] on the PowerShell side. */
const L = (n: number): Tagged => new Tagged('$long', String(n), n);
/** A [double] on the PowerShell side even when integral. */
const D = (n: number): Tagged => new Tagged('$double', n, n);
/** A double given by its exact bits (for fuzzing). */
const BITS = (n: number): Tagged => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, n);
  return new Tagged('$bits', dv.getBigUint64(0).toString(16).padStart(16, '0'), n);
};
/** An object[] instead of a List[object]. */
const OA = (a: unknown[]): Tagged => new Tagged('$objarr', a, a);
/** A [byte[]] / Uint8Array. */
const BYTES = (a: number[]): Tagged => new Tagged('$bytes', a, a);
/** A Map / OrderedDictionary (keys normalised with __mapKey). */
const MAP = (entries: [unknown, unknown][]): Tagged => new Tagged('$map', entries, entries);
/** A callback: PowerShell scriptblock source and the JavaScript function. */
const FN = (ps: string, js: (...a: never[]) => unknown): Tagged => new Tagged('$fn', ps, js);
/** The same object as the value at `path` (indices/keys from the argument list). */
const REF = (...p: (number | string)[]): Tagged => new Tagged('$ref', p, p);

const hasLoneSurrogate = (s: string): boolean =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

/** Tagged JSON for the PowerShell loader. */
function encode(v: unknown): unknown {
  if (v === undefined) return { $undefined: 1 };
  if (v === null) return null;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $nan: 1 };
    if (v === Infinity) return { $inf: 1 };
    if (v === -Infinity) return { $inf: -1 };
    if (Object.is(v, -0)) return { $negzero: 1 };
    return v;
  }
  if (typeof v === 'string') {
    if (!hasLoneSurrogate(v)) return v;
    return { $units: Array.from({ length: v.length }, (_, i) => v.charCodeAt(i)) };
  }
  if (typeof v === 'boolean') return v;
  if (v instanceof Tagged) {
    switch (v.tag) {
      case '$objarr':
        return { $objarr: (v.ps as unknown[]).map(encode) };
      case '$map':
        return { $map: (v.ps as [unknown, unknown][]).map(([k, x]) => [encode(k), encode(x)]) };
      case '$double':
        return { $double: encode(v.ps) };
      default:
        return { [v.tag]: v.ps };
    }
  }
  if (Array.isArray(v)) return v.map(encode);
  if (typeof v === 'object') return { $obj: Object.entries(v as object).map(([k, x]) => [k, encode(x)]) };
  throw new Error(`cannot encode ${String(v)}`);
}

/** The JavaScript value for an argument list (Tagged -> real JS values, REF resolved). */
function decodeArgs(args: unknown[]): unknown[] {
  const refs: [unknown[] | Record<string, unknown>, string | number, (number | string)[]][] = [];
  const dec = (v: unknown, parent: unknown, key: string | number): unknown => {
    if (v instanceof Tagged) {
      switch (v.tag) {
        case '$objarr':
          return (v.js as unknown[]).map((x, i) => dec(x, null, i));
        case '$bytes':
          return new Uint8Array(v.js as number[]);
        case '$map':
          return new Map((v.js as [unknown, unknown][]).map(([k, x]) => [dec(k, null, 0), dec(x, null, 0)]));
        case '$ref':
          refs.push([parent as unknown[], key, v.js as (number | string)[]]);
          return undefined;
        default:
          return v.js;
      }
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      v.forEach((x, i) => out.push(dec(x, out, i)));
      return out;
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = dec(x, out, k);
      return out;
    }
    return v;
  };
  const top: unknown[] = [];
  args.forEach((a, i) => top.push(dec(a, top, i)));
  for (const [parent, key, p] of refs) {
    let cur: unknown = top;
    for (const k of p) cur = (cur as Record<string | number, unknown>)[k];
    (parent as Record<string | number, unknown>)[key] = cur;
  }
  return top;
}

/** One comparable rendering of a value, identical for both engines when they agree. */
function render(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'number') return 'number:' + (Object.is(v, -0) ? '-0' : String(v));
  return 'json:' + JSON.stringify(v);
}

interface RunCase {
  /** helper name */
  h: string;
  /** arguments (JS values, Tagged allowed) */
  a: unknown[];
  /** the JavaScript equivalent */
  js: (...a: never[]) => unknown;
  /** also compare the first argument after the call (mutating helpers) */
  m?: boolean;
}

/** Node's result line for a case: render(result) [TAB json(first arg after the call)], or 'throw'. */
function runJs(c: RunCase): string {
  const args = decodeArgs(c.a);
  let out: string;
  try {
    out = render((c.js as (...a: unknown[]) => unknown)(...args));
  } catch {
    return 'throw';
  }
  if (c.m) out += '\t' + JSON.stringify(args[0]);
  return out;
}

const LOADER = String.raw`
$ErrorActionPreference = 'Stop'
$inv = [System.Globalization.CultureInfo]::InvariantCulture
function ConvertFrom-TestJson {
    param($e, $top)
    $kind = $e.ValueKind.ToString()
    if ($kind -eq 'Null') { return [DBNull]::Value }
    if ($kind -eq 'True') { return $true }
    if ($kind -eq 'False') { return $false }
    if ($kind -eq 'String') { return $e.GetString() }
    if ($kind -eq 'Number') {
        $raw = $e.GetRawText()
        $l = [long]0
        if ([long]::TryParse($raw, [System.Globalization.NumberStyles]::AllowLeadingSign, $inv, [ref]$l)) {
            if ($l -ge [int]::MinValue -and $l -le [int]::MaxValue) { return [int]$l }
            if ([Math]::Abs($l) -le 9007199254740992) { return $l }
        }
        return [double]::Parse($raw, [System.Globalization.NumberStyles]::Float, $inv)
    }
    if ($kind -eq 'Array') {
        $list = New-Object 'System.Collections.Generic.List[object]'
        foreach ($x in $e.EnumerateArray()) { $list.Add((ConvertFrom-TestJson $x $top)) }
        return , $list
    }
    $p = $null
    foreach ($q in $e.EnumerateObject()) { $p = $q; break }
    $v = $p.Value
    switch ($p.Name) {
        '$undefined' { return $null }
        '$nan' { return [double]::NaN }
        '$inf' { if ($v.GetInt32() -gt 0) { return [double]::PositiveInfinity } return [double]::NegativeInfinity }
        '$negzero' { return [BitConverter]::Int64BitsToDouble([long]::MinValue) }
        '$long' { return [long]::Parse($v.GetString(), $inv) }
        '$double' { return [double](ConvertFrom-TestJson $v $top) }
        '$bits' { return [BitConverter]::Int64BitsToDouble([Convert]::ToInt64($v.GetString(), 16)) }
        '$units' {
            $chars = New-Object 'System.Collections.Generic.List[char]'
            foreach ($x in $v.EnumerateArray()) { $chars.Add([char]$x.GetInt32()) }
            return [string]::new($chars.ToArray())
        }
        '$objarr' {
            $list = New-Object 'System.Collections.Generic.List[object]'
            foreach ($x in $v.EnumerateArray()) { $list.Add((ConvertFrom-TestJson $x $top)) }
            return , $list.ToArray()
        }
        '$bytes' {
            $list = New-Object 'System.Collections.Generic.List[byte]'
            foreach ($x in $v.EnumerateArray()) { $list.Add([byte]$x.GetInt32()) }
            return , $list.ToArray()
        }
        '$map' {
            $m = New-Object System.Collections.Specialized.OrderedDictionary ([System.StringComparer]::Ordinal)
            foreach ($x in $v.EnumerateArray()) {
                $kv = @($x.EnumerateArray())
                $m[(__mapKey (ConvertFrom-TestJson $kv[0] $top))] = (ConvertFrom-TestJson $kv[1] $top)
            }
            return , $m
        }
        '$fn' { return [scriptblock]::Create($v.GetString()) }
        '$ref' {
            $cur = $top
            foreach ($x in $v.EnumerateArray()) {
                if ($x.ValueKind.ToString() -eq 'Number') { $cur = $cur[$x.GetInt32()] } else { $cur = $cur.($x.GetString()) }
            }
            return , $cur
        }
        '$obj' {
            $o = [ordered]@{}
            $refs = New-Object 'System.Collections.Generic.List[object]'
            foreach ($x in $v.EnumerateArray()) {
                $kv = @($x.EnumerateArray())
                $o[$kv[0].GetString()] = (ConvertFrom-TestJson $kv[1] $top)
            }
            return , ([pscustomobject]$o)
        }
    }
    throw "bad tag $($p.Name)"
}
function Test-IsRef {
    param($e)
    if ($e.ValueKind.ToString() -ne 'Object') { return $false }
    foreach ($q in $e.EnumerateObject()) { return ($q.Name -eq '$ref') }
    return $false
}
function Format-TestResult {
    param($r)
    if ($null -eq $r) { return 'undefined' }
    if ($r -is [DBNull]) { return 'null' }
    $tc = [int][Type]::GetTypeCode($r.GetType())
    if ($tc -ge 5 -and $tc -le 15) {
        if (($tc -eq 13 -or $tc -eq 14) -and [double]$r -eq 0 -and [double]::IsNegativeInfinity(1.0 / [double]$r)) { return 'number:-0' }
        return 'number:' + (__numStr $r)
    }
    return 'json:' + (__toJson $r)
}
$doc = [System.Text.Json.JsonDocument]::Parse([System.IO.File]::ReadAllText($casesPath))
$out = New-Object System.Text.StringBuilder
foreach ($c in $doc.RootElement.EnumerateArray()) {
    $h = $c.GetProperty('h').GetString()
    $m = $c.GetProperty('m').GetBoolean()
    $argList = New-Object 'System.Collections.Generic.List[object]'
    $argJson = @($c.GetProperty('a').EnumerateArray())
    # two passes so that $ref can point at any argument
    foreach ($x in $argJson) { $argList.Add($null) }
    for ($k = 0; $k -lt $argJson.Count; $k++) {
        if ((Test-IsRef $argJson[$k])) { continue }
        $argList[$k] = ConvertFrom-TestJson $argJson[$k] $argList
    }
    for ($k = 0; $k -lt $argJson.Count; $k++) {
        if ((Test-IsRef $argJson[$k])) {
            $argList[$k] = ConvertFrom-TestJson $argJson[$k] $argList
        }
    }
    $caseArgs = $argList.ToArray()
    try {
        $r = & $h @caseArgs
        $line = Format-TestResult $r
        if ($m) { $line = $line + [char]9 + (__toJson $caseArgs[0]) }
    } catch {
        $line = 'throw'
    }
    [void]$out.Append($line).Append([char]10)
}
[System.IO.File]::WriteAllText($resultsPath, $out.ToString(), (New-Object System.Text.UTF8Encoding($false)))
`;

/** Evaluate all cases in one pwsh process; returns one line per case. */
function runPs(cases: RunCase[]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-runtime-'));
  try {
    const casesPath = path.join(dir, 'cases.json');
    const resultsPath = path.join(dir, 'results.txt');
    const scriptPath = path.join(dir, 'run.ps1');
    writeFileSync(casesPath, JSON.stringify(cases.map((c) => ({ h: c.h, a: c.a.map(encode), m: !!c.m }))));
    const helpers = helperClosure(Object.keys(runtimeHelpers))
      .map(helperSource)
      .join('\n');
    const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
    const script = `${helpers}\n$casesPath = ${q(casesPath)}\n$resultsPath = ${q(resultsPath)}\n${LOADER}`;
    writeFileSync(scriptPath, '\ufeff' + script, 'utf8');
    const r = spawnSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-File', scriptPath], {
      env: pwshEnv(),
      encoding: 'utf8',
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`pwsh failed (${r.status}): ${r.stderr}\n${r.stdout}`);
    const lines = readFileSync(resultsPath, 'utf8').split('\n');
    lines.pop();
    if (lines.length !== cases.length) throw new Error(`expected ${cases.length} result lines, got ${lines.length}`);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


/** The helpers that implement a JavaScript builtin or operator; each must have cases below. */
const JS_HELPERS = [
  '__numStr', '__str', '__toJson', '__strictEq', '__div', '__mod', '__toInt32', '__toUint32', '__band', '__bor', '__bxor',
  '__bnot', '__shl', '__shr', '__ushr', '__at', '__strAt', '__charAt', '__charCodeAt', '__strSlice', '__slice', '__substring',
  '__indexOf', '__lastIndexOf', '__includes', '__split', '__replaceAll', '__replaceFirst', '__trim', '__trimStart', '__trimEnd',
  '__padStart', '__padEnd', '__join', '__concat', '__arrMap', '__arrFilter', '__arrForEach', '__arrSome', '__arrEvery',
  '__arrFind', '__arrFindIndex', '__arrReduce', '__arrSort', '__arrIndexOf', '__arrIncludes', '__arrReverse', '__arrPop',
  '__arrFrom', '__parseInt', '__toNumber', '__numToString', '__isInteger', '__mathRound', '__mathSign', '__fromCharCode',
  '__mapKey', '__objectKeys',
];

// ---------------------------------------------------------------------------------------------
// The case table: helper, arguments, the equivalent JavaScript.
// ---------------------------------------------------------------------------------------------
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyFn = (...a: any[]) => unknown;
const cases: RunCase[] = [];
const C = (h: string, a: unknown[], js: AnyFn, m = false): void => {
  cases.push({ h, a, js: js as RunCase['js'], m });
};

const NUMS: unknown[] = [
  0, -0, 1, -1, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, -1.5, 2.5, 100, 1e21, 1e-7, 1.5e-7, 1e-6, 0.000001234,
  123456789012345680000, 1e20, 9007199254740993, 2 ** 53, 2 ** 63, 2 ** 64, 5e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, NaN, Infinity, -Infinity, 4294967295, 4294967296, -2147483648, 2147483647, 2147483648,
  123.456, -0.0005, 1e100, 1.2345678901234567e-300, 8.393722534179688, 9.554641723632812, 5.960464477539063e-8,
  L(123), L(-9007199254740992), L(4294967296), D(7), D(-0.5), 0.1 + 0.7, 1e-5, 1.1e21, 999999999999999900000,
];
for (const n of NUMS) C('__numStr', [n], (x) => String(x));

const VALUES: unknown[] = [
  undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, '', 'abc', 'a"b\\c\n', [], [1, 2], [null, undefined, 3],
  [[1, 2], [3, [4, 5]]], { a: 1 }, {}, MAP([]), MAP([[1, 'a']]), BYTES([1, 2, 255]), OA([1, 'x']), ['a', true, false],
];
for (const v of VALUES) C('__str', [v], (x) => String(x));

const JSON_VALUES: unknown[] = [
  ...VALUES,
  { a: undefined, b: null, c: [undefined, NaN, -Infinity], d: { e: 'x' } },
  { z: 1, a: 2, m: 3 },
  'control \u0000\u0001\u001f\u007f\u0080 \b\f\n\r\t',
  'unicode é ü 中文 😀 \u2028\u2029',
  'lone \ud800 and \udfff and pair \ud83d\ude00 and reversed \ude00\ud83d',
  [{ k: [] }, [], {}],
  { 'key "q"': 'v', 'é': 1, 'tab\t': 2 },
  [1e21, 1e-7, 0.1, -0, 2 ** 53],
  { nested: { deeper: { deepest: [1, { x: [2, [3]] }] } } },
  OA([null, undefined]),
  { m: MAP([['a', 1]]), b: BYTES([]) },
];
for (const v of JSON_VALUES) C('__toJson', [v], (x) => (x === undefined ? 'null' : JSON.stringify(x)));

const EQ: unknown[] = [undefined, null, 0, -0, 1, D(1), L(1), NaN, '1', 'a', 'A', '', true, false, [], {}];
for (const a of EQ) for (const b of EQ) C('__strictEq', [a, b], (x, y) => x === y);
C('__strictEq', [[1], REF(0)], (x, y) => x === y);
C('__strictEq', [{ a: 1 }, REF(0)], (x, y) => x === y);
C('__strictEq', [{ a: 1 }, { a: 1 }], (x, y) => x === y);
C('__strictEq', [MAP([]), REF(0)], (x, y) => x === y);

const ARITH: unknown[] = [0, -0, 1, -1, 7, -7, 2.5, -2.5, 3, 0.1, NaN, Infinity, -Infinity, 2147483647, -2147483648, D(5)];
for (const a of ARITH)
  for (const b of ARITH) {
    C('__div', [a, b], (x, y) => x / y);
    C('__mod', [a, b], (x, y) => x % y);
  }

const BITVALS: unknown[] = [0, 1, -1, 5, -6, 31, 32, 33, 2147483647, 2147483648, -2147483648, 4294967295, 4294967296, 1.9, -1.9, NaN, Infinity, -Infinity, 1e21, 2 ** 53 + 2, L(4294967295), L(-4294967297), D(3), -0];
for (const a of BITVALS) {
  C('__toInt32', [a], (x) => x | 0);
  C('__toUint32', [a], (x) => x >>> 0);
  C('__bnot', [a], (x) => ~x);
}
for (const a of BITVALS.slice(0, 14))
  for (const b of [0, 1, 5, 31, 32, 33, -1, 2147483648, 1.5]) {
    C('__band', [a, b], (x, y) => x & y);
    C('__bor', [a, b], (x, y) => x | y);
    C('__bxor', [a, b], (x, y) => x ^ y);
    C('__shl', [a, b], (x, y) => x << y);
    C('__shr', [a, b], (x, y) => x >> y);
    C('__ushr', [a, b], (x, y) => x >>> y);
  }

const IDX: unknown[] = [0, 1, 2, 3, -1, -3, 1.5, NaN, Infinity, D(1), L(2), undefined];
for (const list of [[10, 20, 30], [], [[1], { a: 1 }, null], OA(['x', 'y'])])
  for (const i of IDX) C('__at', [list, i], (l, k) => l[k]);

const STRS = ['', 'a', 'hello', 'Hello World', 'a😀b', 'aXbXc', 'ababab', '\u00e9t\u00e9'];
for (const s of STRS)
  for (const i of IDX) {
    C('__strAt', [s, i], (x, k) => x[k]);
    C('__charAt', [s, i], (x, k) => x.charAt(k));
    C('__charCodeAt', [s, i], (x, k) => x.charCodeAt(k));
  }

const RANGES: [unknown, unknown][] = [
  [0, undefined], [1, undefined], [-2, undefined], [1, 3], [3, 1], [-3, -1], [0, -1], [2, 100], [-100, 2], [NaN, 2],
  [1.7, 3.2], [Infinity, undefined], [-Infinity, Infinity], [undefined, undefined], [5, 5],
];
for (const s of ['', 'hello', 'a😀b'])
  for (const [a, b] of RANGES) {
    C('__strSlice', [s, a, b], (x, p, q) => x.slice(p, q));
    C('__substring', [s, a, b], (x, p, q) => x.substring(p, q));
  }
for (const l of [[1, 2, 3, 4, 5], [], OA(['a', 'b'])])
  for (const [a, b] of RANGES) C('__slice', [l, a, b], (x, p, q) => x.slice(p, q), true);

const SEARCH_IN = ['', 'abcabc', 'aaa', 'Abc', 'x.y.z', 'a\u0000b\u0000', 'stra\u00dfe', 'e\u0301e'];
const SEARCHES = ['', 'a', 'bc', 'abc', 'A', 'aa', 'zz', '.', 'abcabcabc', '\u0000', 'ss', '\u00e9', 'e'];
for (const s of SEARCH_IN)
  for (const t of SEARCHES) {
    C('__indexOf', [s, t, undefined], (x, y) => x.indexOf(y));
    C('__lastIndexOf', [s, t, undefined], (x, y) => x.lastIndexOf(y));
    C('__includes', [s, t, undefined], (x, y) => x.includes(y));
  }
for (const from of [-1, 0, 1, 2, 3, 5, 6, 100, NaN, 1.5, Infinity]) {
  C('__indexOf', ['abcabc', 'bc', from], (x, y, f) => x.indexOf(y, f));
  C('__indexOf', ['abcabc', '', from], (x, y, f) => x.indexOf(y, f));
  C('__lastIndexOf', ['abcabc', 'bc', from], (x, y, f) => x.lastIndexOf(y, f));
  C('__lastIndexOf', ['abcabc', '', from], (x, y, f) => x.lastIndexOf(y, f));
  C('__includes', ['abcabc', 'abc', from], (x, y, f) => x.includes(y, f));
}

for (const s of ['', 'a,b,c', 'a,,b', ',a,', 'abc', 'a😀b', 'one  two', 'xx', 'a\u0000b', 'sS\u00df'])
  for (const sep of [',', '', ' ', 'a', ',,', 'xx', undefined, '\u0000', 'ss', 'S']) C('__split', [s, sep, undefined], (x, y) => x.split(y));
for (const lim of [0, 1, 2, 10]) C('__split', ['a,b,c', ',', lim], (x, y, l) => x.split(y, l));

const REPL_IN = ['', 'abcabc', 'aaa', 'x-y-z', 'a😀b', 'a\u0000b', 'STRASSE stra\u00dfe'];
const REPL_SEARCH = ['', 'a', 'b', 'aa', '-', 'zz', '\u0000', 'ss', 'A'];
const REPLS = ['', 'X', '$$', '$&$&', '[$`]', "[$']", '$1', '$<n>', '$', 'a$', '$$$', '$0'];
for (const s of REPL_IN)
  for (const t of REPL_SEARCH)
    for (const r of REPLS) {
      C('__replaceAll', [s, t, r], (x, y, z) => x.replaceAll(y, z));
      C('__replaceFirst', [s, t, r], (x, y, z) => x.replace(y, z));
    }

const WS = '\t\n\u000b\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
for (const s of ['', '  a b  ', WS + 'x' + WS, '\u0085x\u0085', '\u180ex\u180e', '\u200bx\u200b', WS, 'abc'])
  for (const [h, f] of [['__trim', (x: string) => x.trim()], ['__trimStart', (x: string) => x.trimStart()], ['__trimEnd', (x: string) => x.trimEnd()]] as const)
    C(h, [s], f);

for (const s of ['', 'abc', '5'])
  for (const n of [0, 2, 3, 5, 10, NaN, 4.7, -1])
    for (const fill of [undefined, '0', 'ab', '', 'xyz12']) {
      C('__padStart', [s, n, fill], (x, y, z) => x.padStart(y, z));
      C('__padEnd', [s, n, fill], (x, y, z) => x.padEnd(y, z));
    }

const JOIN_LISTS: unknown[] = [[], [1], [1, 2, 3], [null, undefined, 'a'], [[1, 2], [3]], [true, 1.5, -0, NaN, 1e21], OA(['x', 1]), [{}, MAP([])]];
for (const l of JOIN_LISTS)
  for (const sep of [undefined, ',', '', ' - ']) C('__join', [l, sep], (x, y) => x.join(y));

for (const [a, b] of [[[1], [2, 3]], [[], []], [[1], 2], [[1], 'ab'], [[1], [[2]]], [OA([1]), OA([2])], [[1], null], [[1], { a: 1 }]] as [unknown, unknown][])
  C('__concat', [a, b], (x, y) => x.concat(y), true);

// callbacks: PowerShell scriptblock and JavaScript function side by side
const NUMLISTS: unknown[] = [[], [1], [3, 1, 2], [5, -2, 0, 7, 7, 10, 1.5], OA([4, 8])];
for (const l of NUMLISTS) {
  C('__arrMap', [l, FN('param($x, $i) return , ($x * 2)', (x: number) => x * 2)], (a, f) => a.map(f), true);
  C('__arrMap', [l, FN('param($x, $i) return , ((__str $x) + ":" + (__str $i))', (x: number, i: number) => `${x}:${i}`)], (a, f) => a.map(f));
  C('__arrMap', [l, FN('param($x, $i) return , [System.Collections.Generic.List[object]]@($x)', (x: number) => [x])], (a, f) => a.map(f));
  C('__arrFilter', [l, FN('param($x, $i) return , ($x -gt 2)', (x: number) => x > 2)], (a, f) => a.filter(f), true);
  C('__arrFilter', [l, FN('param($x, $i) return , ($i % 2 -eq 0)', (_x: number, i: number) => i % 2 === 0)], (a, f) => a.filter(f));
  C('__arrSome', [l, FN('param($x, $i) return , ($x -gt 6)', (x: number) => x > 6)], (a, f) => a.some(f));
  C('__arrEvery', [l, FN('param($x, $i) return , ($x -ge 1)', (x: number) => x >= 1)], (a, f) => a.every(f));
  C('__arrFind', [l, FN('param($x, $i) return , ($x -gt 2)', (x: number) => x > 2)], (a, f) => a.find(f));
  C('__arrFindIndex', [l, FN('param($x, $i) return , ($x -gt 2)', (x: number) => x > 2)], (a, f) => a.findIndex(f));
  C('__arrReduce', [l, FN('param($acc, $x, $i) return , ($acc + $x)', (acc: number, x: number) => acc + x), 0], (a, f, z) => a.reduce(f, z));
  C('__arrReduce', [l, FN('param($acc, $x, $i) $acc.Add($i); return , $acc', (acc: number[], _x: number, i: number) => (acc.push(i), acc)), []], (a, f, z) => a.reduce(f, z));
  C('__arrForEach', [l, FN('param($x, $i) return , 1', () => 1)], (a, f) => a.forEach(f), true);
  C('__arrSort', [l, FN('param($a, $b) return , ($a - $b)', (a: number, b: number) => a - b)], (a, f) => a.sort(f), true);
  C('__arrSort', [l, FN('param($a, $b) return , ($b - $a)', (a: number, b: number) => b - a)], (a, f) => a.sort(f), true);
  C('__arrSort', [l, undefined], (a) => a.sort(), true);
  C('__arrReverse', [l], (a) => a.reverse(), true);
  if (!(l instanceof Tagged)) C('__arrPop', [l], (a) => a.pop(), true); // pop needs a List (an object[] cannot shrink)
  C('__arrFrom', [l], (a) => Array.from(a));
}
C('__arrFind', [[1, undefined, 3], FN('param($x, $i) return , ($null -eq $x)', (x: unknown) => x === undefined)], (a, f) => a.find(f));
C('__arrFind', [[1, 2], FN('param($x, $i) return , $false', () => false)], (a, f) => a.find(f));
C('__arrFindIndex', [[1, 2], FN('param($x, $i) return , $false', () => false)], (a, f) => a.findIndex(f));
C('__arrMap', [[[1, 2], [3]], FN('param($x, $i) return , $x', (x: unknown) => x)], (a, f) => a.map(f));
C('__arrFilter', [[[1, 2], [], [3]], FN('param($x, $i) return , ($x.Count -gt 0)', (x: unknown[]) => x.length > 0)], (a, f) => a.filter(f));

// stable sorting with ties, default sort order, undefined last
const RECS = [
  { k: 2, n: 'a' }, { k: 1, n: 'b' }, { k: 2, n: 'c' }, { k: 1, n: 'd' }, { k: 0, n: 'e' }, { k: 2, n: 'f' },
  { k: 1, n: 'g' }, { k: 0, n: 'h' }, { k: 2, n: 'i' }, { k: 1, n: 'j' }, { k: 0, n: 'k' }, { k: 3, n: 'l' },
];
C('__arrSort', [RECS, FN('param($a, $b) return , ($a.k - $b.k)', (a: any, b: any) => a.k - b.k)], (a, f) => a.sort(f), true);
C('__arrSort', [RECS, FN('param($a, $b) return , 0', () => 0)], (a, f) => a.sort(f), true);
C('__arrSort', [RECS, FN('param($a, $b) return , [double]::NaN', () => NaN)], (a, f) => a.sort(f), true);
C('__arrSort', [[10, 9, 1, 100, 2, -1, -10, 1.5, 1e21, NaN], undefined], (a) => a.sort(), true);
C('__arrSort', [['b', 'a', 'B', 'A', 'é', 'e', '😀', '\uffff', '', 'aa', 'a '], undefined], (a) => a.sort(), true);
C('__arrSort', [[3, undefined, 1, null, undefined, 2], undefined], (a) => a.sort(), true);
C('__arrSort', [[3, undefined, 1, undefined, 2], FN('param($a, $b) return , ($a - $b)', (a: number, b: number) => a - b)], (a, f) => a.sort(f), true);
C('__arrSort', [[true, false, [2, 1], [1], 'z'], undefined], (a) => a.sort(), true);
{
  const r = mulberry32(7);
  const big = Array.from({ length: 300 }, () => Math.floor(r() * 50));
  C('__arrSort', [big.map((k, i) => ({ k, i })), FN('param($a, $b) return , ($a.k - $b.k)', (a: any, b: any) => a.k - b.k)], (a, f) => a.sort(f), true);
  C('__arrSort', [big, undefined], (a) => a.sort(), true);
}

const FIND_IN: unknown[] = [1, D(1), '1', null, undefined, NaN, true, 'a', 0, -0, L(2)];
for (const x of [1, '1', null, undefined, NaN, true, false, 'a', 0, -0, 2, D(2), 'b']) {
  C('__arrIndexOf', [FIND_IN, x, undefined], (a, y) => a.indexOf(y));
  C('__arrIncludes', [FIND_IN, x, undefined], (a, y) => a.includes(y));
}
for (const from of [-100, -3, -1, 0, 1, 5, 100, NaN]) {
  C('__arrIndexOf', [[1, 2, 1, 2], 1, from], (a, y, f) => a.indexOf(y, f));
  C('__arrIncludes', [[1, NaN, 1, 2], NaN, from], (a, y, f) => a.includes(y, f));
}
C('__arrIndexOf', [[{ a: 1 }, { a: 1 }], REF(0, 1), undefined], (a, y) => a.indexOf(y));
C('__arrIndexOf', [[{ a: 1 }], { a: 1 }, undefined], (a, y) => a.indexOf(y));
C('__arrIncludes', [[[1], [2]], REF(0, 1), undefined], (a, y) => a.includes(y));

for (const x of ['abc', '', 'a😀b\ud800', MAP([['k', 1], [2, 'v']]), BYTES([1, 2]), [1, [2]], OA([1, 2])])
  C('__arrFrom', [x], (v) => Array.from(v));
C('__arrPop', [[]], (a) => a.pop(), true);
if (runtimeHelpers.__codePoints)
  for (const x of ['', 'abc', 'a😀b', '\ud800x\udc00', '😀😀', 'x\ud83d']) C('__codePoints', [x], (v) => [...v]);
C('__arrPop', [[[1, 2]]], (a) => a.pop(), true);
C('__arrReverse', [[1, [2, 3], 'x']], (a) => a.reverse(), true);

const PARSE_IN = ['', '  42', '42px', '-17', '+5', '0x1A', '0X1a', '-0x10', 'ff', '1e3', '3.99', '.5', '-0', '0', 'abc', '   ',
  '\u00a0\ufeff 12', '123456789012345678901234567890', '9007199254740993', '0x1fffffffffffff1', '0xFFFFFFFFFFFFFFFFF', '1'.repeat(400), 'z', 'Z9', '0b11', '08', '\u0661'];
for (const s of PARSE_IN)
  for (const radix of [undefined, 10, 16, 2, 36, 8, 0, 1, 37, 7]) C('__parseInt', [s, radix], (x, r) => parseInt(x, r));
for (const v of [42, 0.0000005, 1e21, -0, true, null]) C('__parseInt', [v, undefined], (x, r) => parseInt(x, r));

const NUMBER_IN: unknown[] = ['', ' ', '42', ' 42 ', '-0', '0x1A', '0X1a', '-0x1A', '0b101', '0o17', '0x', '1e3', '1E-3', '.5', '5.', '.', '+.5e1',
  'Infinity', '-Infinity', '+Infinity', 'infinity', 'NaN', '1_000', '12px', '\u00a0 7 \u2028', '1e1000', '-1e1000', '1e-400', '0.1', '00012',
  '9007199254740993', '0xFFFFFFFFFFFFFFFFF', '\u0661', undefined, null, true, false, 5, -0, NaN, [], [7], [1, 2], ['8'], {}];
for (const v of NUMBER_IN) C('__toNumber', [v], (x) => Number(x));

for (const n of [0, -0, 1, -1, 255, -255, 4294967295, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 1e21, 1.7976931348623157e308, 123456789, NaN, Infinity, -Infinity, L(1099511627776)])
  for (const radix of [undefined, 2, 8, 10, 16, 36, 7, 16.9]) C('__numToString', [n, radix], (x, r) => x.toString(r));
// fractional numbers only in radix 10 (documented: other radices throw in PowerShell)
for (const n of [1.5, -0.1, 1e-7, 123.456]) for (const radix of [undefined, 10]) C('__numToString', [n, radix], (x, r) => x.toString(r));
for (const radix of [1, 37, 0, 2.5]) C('__numToString', [5, radix], (x, r) => x.toString(r));

for (const x of [0, -0, 1, 1.5, -2, 2 ** 53, 1e300, NaN, Infinity, -Infinity, '5', null, undefined, true, L(5), D(5), 5e-324])
  C('__isInteger', [x], (v) => Number.isInteger(v));
for (const x of [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370497, -4503599627370497,
  1e300, NaN, Infinity, -Infinity, 0.4, -0.4, 2.4999, -2.5000001, 7, L(7), D(7), 9007199254740991.5, -1e-300])
  C('__mathRound', [x], (v) => Math.round(v));
for (const x of [0, -0, 3, -3, 0.001, -1e-300, NaN, Infinity, -Infinity, D(2), L(-5)]) C('__mathSign', [x], (v) => Math.sign(v));
for (const x of [65, 0, 0xd800, 0xffff, 0x10000, 0x10041, -1, 65.9, NaN, Infinity, 2 ** 32 + 66, 960])
  C('__fromCharCode', [x], (v) => String.fromCharCode(v));
for (const x of [1, L(1), D(1), -0, 'k', NaN, true, null]) C('__mapKey', [x], (v) => (typeof v === 'number' && v === 0 ? 0 : v));
// A $null-valued property stands for an absent optional one, so an explicitly undefined property is
// not listed (documented deviation: in JS, Object.keys({ b: undefined }) is ['b']).
for (const o of [{}, { a: 1, c: null }, { z: 1, a: 2 }]) C('__objectKeys', [o], (v) => Object.keys(v));
C('__objectKeys', [{ a: 1, b: undefined, c: null }], () => ['a', 'c']);
// __setOptionalProp (the compiler's helper for assigning an optional property): absent and present keys
if (runtimeHelpers.__setOptionalProp)
  for (const [o, k, v] of [[{ a: 1 }, 'b', 5], [{ a: 1, b: 2 }, 'a', 3], [{}, 'x', [1]], [{ a: 1 }, 'a', null]] as [object, string, unknown][])
    C('__setOptionalProp', [o, k, v], (x, y, z) => (x[y] = z), true);

// ---------------------------------------------------------------------------------------------
// Fuzz vectors (fixed seed): __numStr over 10,000 doubles, the bitwise helpers, radix strings.
// ---------------------------------------------------------------------------------------------
const FUZZ_SEED = 0x57324421;
const fuzzCases: RunCase[] = [];
const numStrFuzz: number[] = [];
{
  const r = mulberry32(FUZZ_SEED);
  const dv = new DataView(new ArrayBuffer(8));
  const randBits = (): number => {
    dv.setUint32(0, Math.floor(r() * 2 ** 32));
    dv.setUint32(4, Math.floor(r() * 2 ** 32));
    return dv.getFloat64(0);
  };
  const sign = (): number => (r() < 0.5 ? -1 : 1);
  for (let i = 0; i < 2500; i++) numStrFuzz.push(randBits()); // any bit pattern (incl. NaN, subnormals, huge)
  for (let i = 0; i < 1500; i++) numStrFuzz.push(sign() * Math.floor(r() * 2 ** Math.floor(r() * 75))); // integers up to 2^74
  for (let i = 0; i < 2000; i++) {
    // short decimals at every scale: d.ddd x 10^e
    const digits = Math.floor(r() * 10 ** (1 + Math.floor(r() * 8)));
    numStrFuzz.push(sign() * Number(`${digits}e${Math.floor(r() * 60) - 40}`));
  }
  for (let i = 0; i < 1500; i++) numStrFuzz.push(sign() * r() * 10 ** (Math.floor(r() * 50) - 25)); // 17-digit values
  for (let i = 0; i < 1000; i++) {
    // subnormals and tiny values
    dv.setUint32(0, Math.floor(r() * 2 ** 20) | (r() < 0.5 ? 0x80000000 : 0));
    dv.setUint32(4, Math.floor(r() * 2 ** 32));
    numStrFuzz.push(dv.getFloat64(0));
  }
  // neighbourhoods of the format boundaries: 1e21, 1e-6, 1e-7, powers of ten and two
  const around = (x: number, k: number): void => {
    dv.setFloat64(0, x);
    const b = dv.getBigUint64(0);
    for (let d = -k; d <= k; d++) {
      dv.setBigUint64(0, b + BigInt(d));
      numStrFuzz.push(dv.getFloat64(0));
    }
  };
  for (let e = -30; e <= 30; e++) around(10 ** e, 3);
  for (const x of [1e21, 1e-6, 1e-7, 2 ** 53, 2 ** 63, 5e-324 * 4, Number.MAX_VALUE / 2]) around(x, 10);
  while (numStrFuzz.length < 10000) numStrFuzz.push(2 ** (Math.floor(r() * 2098) - 1074) * (1 + Math.floor(r() * 8)));
  numStrFuzz.length = 10000;
  for (const x of numStrFuzz) fuzzCases.push({ h: '__numStr', a: [BITS(x)], js: ((v: number) => String(v)) as RunCase['js'] });
}
const BIT_FUZZ_OPS: [string, AnyFn][] = [
  ['__band', (x, y) => x & y], ['__bor', (x, y) => x | y], ['__bxor', (x, y) => x ^ y],
  ['__shl', (x, y) => x << y], ['__shr', (x, y) => x >> y], ['__ushr', (x, y) => x >>> y],
];
let bitFuzzCount = 0;
{
  const r = mulberry32(FUZZ_SEED + 1);
  const operand = (): unknown => {
    const k = r();
    if (k < 0.3) return (Math.floor(r() * 2 ** 32) | 0); // int32
    if (k < 0.5) return Math.floor(r() * 2 ** 32); // uint32 (a [long] beyond int32)
    if (k < 0.6) return D(Math.floor(r() * 2 ** 32) - 2 ** 31); // int32 as [double]
    if (k < 0.75) return (r() < 0.5 ? -1 : 1) * Math.floor(r() * 2 ** (33 + Math.floor(r() * 40))); // large integers
    if (k < 0.9) return (r() < 0.5 ? -1 : 1) * r() * 2 ** Math.floor(r() * 70); // fractional, any size
    return [NaN, Infinity, -Infinity, -0, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 32 - 1, 1e21, 2 ** 53][Math.floor(r() * 10)];
  };
  for (let i = 0; i < 1500; i++) {
    for (const [h, f] of BIT_FUZZ_OPS) {
      const b = h.includes('sh') && r() < 0.7 ? Math.floor(r() * 70) - 5 : operand();
      fuzzCases.push({ h, a: [operand(), b], js: f as RunCase['js'] });
      bitFuzzCount++;
    }
    fuzzCases.push({ h: '__bnot', a: [operand()], js: ((x: number) => ~x) as RunCase['js'] });
    fuzzCases.push({ h: '__toInt32', a: [operand()], js: ((x: number) => x | 0) as RunCase['js'] });
    fuzzCases.push({ h: '__toUint32', a: [operand()], js: ((x: number) => x >>> 0) as RunCase['js'] });
    bitFuzzCount += 3;
  }
}
let radixFuzzCount = 0;
{
  const r = mulberry32(FUZZ_SEED + 2);
  for (let i = 0; i < 1000; i++) {
    const radix = 2 + Math.floor(r() * 35);
    const n = (r() < 0.5 ? -1 : 1) * Math.floor(r() * 2 ** Math.floor(r() * 90));
    fuzzCases.push({ h: '__numToString', a: [n, radix], js: ((x: number, y: number) => x.toString(y)) as RunCase['js'] });
    const s = n.toString(radix);
    fuzzCases.push({ h: '__parseInt', a: [s, radix], js: ((x: string, y: number) => parseInt(x, y)) as RunCase['js'] });
    radixFuzzCount += 2;
  }
}

// ---------------------------------------------------------------------------------------------
// Run both engines once for the whole table.
// ---------------------------------------------------------------------------------------------
const allCases = [...cases, ...fuzzCases];
let psLines: string[] = [];
let jsLines: string[] = [];

beforeAll(() => {
  jsLines = allCases.map(runJs);
  psLines = runPs(allCases);
  console.log(
    `runtime-vs-node: ${cases.length} table cases, ${numStrFuzz.length} __numStr fuzz, ${bitFuzzCount} bitwise fuzz, ` +
      `${radixFuzzCount} radix fuzz; ${allCases.length} in total, one pwsh process`,
  );
}, 600_000);

function mismatches(from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (psLines[i] !== jsLines[i]) {
      const c = allCases[i];
      out.push(`#${i} ${c.h}(${JSON.stringify(c.a.map(encode))}): node=${jsLines[i]} pwsh=${psLines[i]}`);
    }
  }
  return out;
}

describe('runtime helpers agree with Node', () => {
  it('has several hundred table cases covering every JS-semantics helper', () => {
    expect(cases.length).toBeGreaterThan(500);
    const covered = new Set(cases.map((c) => c.h));
    const missing = JS_HELPERS.filter((h) => !covered.has(h) || !runtimeHelpers[h]);
    expect(missing).toEqual([]);
  });

  const byHelper = new Map<string, number[]>();
  cases.forEach((c, i) => byHelper.set(c.h, [...(byHelper.get(c.h) ?? []), i]));
  for (const [h, idx] of [...byHelper].sort(([a], [b]) => (a < b ? -1 : 1))) {
    it(`${h} (${idx.length} cases)`, () => {
      const bad = idx.flatMap((i) => mismatches(i, i + 1));
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }

  it('fuzz: __numStr on 10,000 doubles (fixed seed)', () => {
    const from = cases.length;
    expect(mismatches(from, from + numStrFuzz.length).slice(0, 20)).toEqual([]);
  });

  it('fuzz: bitwise helpers, ToInt32 and ToUint32 on random int32/uint32/large/fractional values (fixed seed)', () => {
    const from = cases.length + numStrFuzz.length;
    expect(mismatches(from, from + bitFuzzCount).slice(0, 20)).toEqual([]);
  });

  it('fuzz: integer toString(radix) and parseInt(s, radix) (fixed seed)', () => {
    const from = cases.length + numStrFuzz.length + bitFuzzCount;
    expect(mismatches(from, allCases.length).slice(0, 20)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The folder itself: one function per file, named like the file; requires lines; closure order.
// ---------------------------------------------------------------------------------------------
describe('codegen/runtime folder', () => {
  const files = readdirSync(runtimeDir).filter((f) => f.endsWith('.ps1'));

  it('holds only helper files named __name.ps1, each in the table', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      expect(f).toMatch(/^__[A-Za-z0-9]+\.ps1$/);
      expect(runtimeHelpers[f.slice(0, -4)]).toBeDefined();
    }
    expect(Object.keys(runtimeHelpers).length).toBe(files.length);
  });

  for (const f of files) {
    const name = f.slice(0, -4);
    it(`${f}: one function ${name}, purpose line, requires existing helpers, only __ variables`, () => {
      const text = readFileSync(path.join(runtimeDir, f), 'utf8');
      const lines = text.split('\n');
      expect(lines[0]).toMatch(/^# \S/);
      expect(lines[0]).not.toMatch(/^# requires:/);
      const fns = [...text.matchAll(/^\s*function\s+([^\s{(]+)/gim)].map((m) => m[1]);
      // script-scoped, so the module's core file can be dot-sourced from its loader function
      expect(fns).toEqual([`script:${name}`]);
      for (const r of runtimeHelpers[name].requires) {
        expect(runtimeHelpers[r], `${name} requires unknown ${r}`).toBeDefined();
        expect(r).not.toBe(name);
      }
      // every helper called is declared in requires (and nothing else is)
      const code = lines.filter((l) => !/^\s*#/.test(l)).map((l) => l.replace(/\s#\s.*$/, '')).join('\n');
      const called = new Set(
        [...code.matchAll(/(?<![\w$-])(__[A-Za-z0-9]+)\b/g)].map((m) => m[1]).filter((n) => n !== name && runtimeHelpers[n]),
      );
      expect([...called].sort()).toEqual(runtimeHelpers[name].requires);
      // parameters and locals start with __ (callbacks see a helper's scope through dynamic scoping);
      // a script-scope cache ($script:__name) follows the same rule
      const vars = new Set([...text.matchAll(/\$(?:script:)?([A-Za-z_][\w]*)/g)].map((m) => m[1]));
      const bad = [...vars].filter((v) => !v.startsWith('__') && !['null', 'true', 'false'].includes(v.toLowerCase()));
      expect(bad).toEqual([]);
    });
  }

  it('helperClosure adds requirements transitively, dependencies first, then alphabetical', () => {
    expect(helperClosure(['__toJson'])).toEqual(['__numStr', '__toJson']);
    expect(helperClosure(['__toNumber', '__band'])).toEqual(['__numStr', '__str', '__trim', '__trimStart', '__parseInt', '__toNumber', '__toInt32', '__band']);
    expect(helperClosure(['__str', '__str'])).toEqual(['__numStr', '__str']);
    expect(helperClosure([])).toEqual([]);
    const all = helperClosure(Object.keys(runtimeHelpers));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(Object.keys(runtimeHelpers).length);
    const pos = new Map(all.map((n, i) => [n, i]));
    for (const n of all) for (const r of runtimeHelpers[n].requires) expect(pos.get(r)!).toBeLessThan(pos.get(n)!);
    expect(helperClosure(['__div', '__at', '__mod'])).toEqual(['__at', '__div', '__mod']);
    expect(() => helperClosure(['__nope'])).toThrow(/Unknown runtime helper/);
  });

  it('helperSource returns the file text', () => {
    expect(helperSource('__div')).toContain('function script:__div');
    expect(helperSource('__div')).toBe(readFileSync(runtimeHelpers.__div.file, 'utf8').replace(/\r\n/g, '\n'));
  });
});
