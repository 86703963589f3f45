/**
 * __toUpperCase / __toLowerCase against Node for every code point that JS case-maps (and a seeded
 * sample of others), plus strings exercising the final-sigma rule: one pwsh process for all.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { helperClosure, helperSource } from '../../codegen/runtime/index.js';
import { pwshPath, pwshEnv } from '../../tools/toolchain.js';

function codePoints(): number[] {
  const out: number[] = [];
  let seed = 12345;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const s = String.fromCodePoint(cp);
    seed = (seed * 1103515245 + 12345) % 2147483648;
    if (s.toUpperCase() !== s || s.toLowerCase() !== s || seed % 997 === 0) out.push(cp);
  }
  return out;
}

const words = ['ΌΣΟΣ', 'ΣΑΣ ΣΑΣ', 'Σ', 'AΣ.', 'AΣ\u0301', 'AΣ\u0301B', 'straße', 'İstanbul', 'ǅemal', 'ﬁnance', 'ŉ', 'Ω̈Σ', 'x\u00adΣ', 'mixed ASCII ß and 😀'];

describe('case mapping helpers agree with JS', () => {
  it('for every code point JS maps and for final-sigma contexts', () => {
    const cps = codePoints();
    const inputs = [...cps.map((c) => String.fromCodePoint(c)), ...words];
    const work = mkdtempSync(path.join(os.tmpdir(), 'case-'));
    const lib = path.join(work, 'lib.ps1');
    writeFileSync(lib, helperClosure(['__toUpperCase', '__toLowerCase']).map(helperSource).join('\n\n'));
    const input = path.join(work, 'input.txt');
    // One input per line as UTF-16 code units, so no line break or lone surrogate is ambiguous.
    writeFileSync(input, inputs.map((s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).join(',')).join('\n'));
    const script = `. '${lib}'; foreach ($line in [System.IO.File]::ReadAllLines('${input}')) { $s = -join [char[]]([int[]]$line.Split(',')); $u = __toUpperCase $s; $l = __toLowerCase $s; ([int[]][char[]]$u -join ',') + ' ' + ([int[]][char[]]$l -join ',') }`;
    const out = execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', script], { env: pwshEnv(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const units = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).join(',');
    const lines = out.trim().split(/\r?\n/);
    expect(lines.length).toBe(inputs.length);
    const mismatches: string[] = [];
    inputs.forEach((s, i) => {
      const expected = `${units(s.toUpperCase())} ${units(s.toLowerCase())}`;
      if (lines[i] !== expected) mismatches.push(`${JSON.stringify(s)}: pwsh ${lines[i]} node ${expected}`);
    });
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(inputs.length).toBeGreaterThan(3000);
  }, 300_000);
});
