/**
 * Fuzz (issue 4 item 10): seeded mutations of corpus files (bytes flipped, truncation, garbage
 * bytes, lines deleted / duplicated / swapped, tricky tokens inserted, characters deleted,
 * re-encoding). Every outcome must be a result or an error whose message starts with W2D10 (the
 * .reg reader and writer) or W2D90 (a host primitive); every result must be stable (what the writer
 * wrote reads back and writes the same bytes again).
 *
 * The generator (snippets/fuzz-gen.ts) is itself in the compilable subset, so Node and pwsh build
 * identical inputs. NODE_CASES run in Node; the first PWSH_CASES run, compiled, in pwsh, and each
 * outcome line must equal Node's. The pwsh batch uses run-both's compiler and session, but calls the
 * compiled fuzzCase once per case inside one loaded module with a PowerShell try/catch around each
 * call: core has no try/catch, so one run-both unit per case would be needed otherwise (a module
 * load and JIT each, about half a second apiece).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '../../../codegen/compiler.js';
import { emitStandaloneScript } from '../../../codegen/emit/standalone.js';
import { PwshSession } from '../../../codegen/run-both/pwsh-session.js';
import { repoRoot } from '../../../tools/toolchain.js';
import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { FUZZ_FILES, fuzzCase } from './snippets/fuzz-gen.js';
import { parseRegFile, regFileToSnapshot } from '../../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../../src/core/formats/reg/writer.js';

const SEED = 20250101;
const NODE_CASES = 10_000;
const PWSH_CASES = 300;
/** Cases per pwsh invocation (node-powershell gives each 120 s). */
const CHUNK = 20;
const ERROR = /^W2D(10|90)\d\d: /;

process.env.W2D_REPO_ROOT = repoRoot;

/** Case n as one line: the generator's result line, or `<n> ERROR <message>`. */
function nodeOutcome(n: number): string {
  try {
    return fuzzCase(SEED, n);
  } catch (e) {
    return `${n} ERROR ${(e as Error).message}`;
  }
}

function summarize(lines: string[]): { ok: number; errors: number; ids: Record<string, number> } {
  const ids: Record<string, number> = {};
  let ok = 0;
  for (const l of lines) {
    const m = / ERROR (W2D\d{4})/.exec(l);
    if (m) ids[m[1]] = (ids[m[1]] ?? 0) + 1;
    else ok++;
  }
  return { ok, errors: lines.length - ok, ids };
}

describe('.reg fuzz: Node', () => {
  it('mutates corpus files that exist', () => {
    expect(FUZZ_FILES.length).toBeGreaterThanOrEqual(8);
  });

  it(`${NODE_CASES} mutated inputs: each a stable result or an error with an ID`, () => {
    const started = Date.now();
    const lines: string[] = [];
    const bad: string[] = [];
    for (let n = 0; n < NODE_CASES; n++) {
      const line = nodeOutcome(n);
      lines.push(line);
      const error = line.indexOf(' ERROR ');
      if (error >= 0) {
        if (!ERROR.test(line.slice(error + 7))) bad.push(line);
      } else if (!line.includes(' stable ')) {
        bad.push(line);
      }
    }
    const s = summarize(lines);
    const seconds = (Date.now() - started) / 1000;
    console.log(`.reg fuzz (Node): ${NODE_CASES} cases in ${seconds.toFixed(1)} s: ${s.ok} results, ${s.errors} errors ${JSON.stringify(s.ids)}`);
    expect(bad.slice(0, 10)).toEqual([]);
    // Both kinds of outcome occur, and errors of many kinds.
    expect(s.ok).toBeGreaterThan(NODE_CASES / 10);
    expect(Object.keys(s.ids).length).toBeGreaterThanOrEqual(15);
  }, 300_000);
});

describe('.reg fuzz: truncation of a large export', () => {
  it('wine-win10-catalog-full.reg cut at every 53rd byte: a result or an error with an ID, never anything else', () => {
    const full = new Uint8Array(readFileSync(path.resolve(__dirname, 'corpus/wine-win10-catalog-full.reg')));
    const started = Date.now();
    const ids: Record<string, number> = {};
    let ok = 0;
    let cases = 0;
    for (let end = 0; end <= full.length; end += 53) {
      cases++;
      try {
        const s = regFileToSnapshot(parseRegFile(full.subarray(0, end)));
        writeRegFile(s);
        ok++;
      } catch (e) {
        const m = (e as Error).message;
        expect(m).toMatch(ERROR);
        ids[m.slice(0, 7)] = (ids[m.slice(0, 7)] ?? 0) + 1;
      }
    }
    console.log(`.reg fuzz (Node, truncation): ${cases} cuts of a ${full.length}-byte export in ${((Date.now() - started) / 1000).toFixed(1)} s: ${ok} results, ${cases - ok} errors ${JSON.stringify(ids)}`);
    expect(ok).toBeGreaterThan(0);
  }, 300_000);
});

describe('.reg fuzz: large adversarial inputs stay linear (a quadratic path would run into the timeout)', () => {
  const u = (t: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]));
  const H = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\X]\r\n';
  it.each([
    ['400,000 blanks around a value line', H + ' '.repeat(400_000) + '"a"="b"' + '\t'.repeat(300_000) + '\r\n', 'ok'],
    ['300,000 escapes in a string', H + '"a"="' + '\\\\'.repeat(300_000) + '"\r\n', 'ok'],
    ['300,000 escaped quotes in a string', H + '"a"="' + '\\"'.repeat(300_000) + '"\r\n', 'ok'],
    ['300,000 escapes and no closing quote', H + '"a"="' + '\\\\'.repeat(300_000) + '\r\n', 'W2D1009'],
    ['500,000 NULs at the end', H + '"a"="b"\r\n' + '\0'.repeat(500_000), 'ok'],
    ['30,000 keys each deleted again', 'Windows Registry Editor Version 5.00\r\n' + Array.from({ length: 30_000 }, (_, i) => `[HKEY_LOCAL_MACHINE\\A\\K${i}]\r\n"v"=dword:00000001\r\n[-HKEY_LOCAL_MACHINE\\A\\K${i >> 1}]\r\n`).join(''), 'ok'],
    ['50,000 values each deleted again', H + Array.from({ length: 50_000 }, (_, i) => `"v${i}"=dword:00000001\r\n"v${i >> 1}"=-\r\n`).join(''), 'ok'],
    ['300,000 bytes of hex on one line', H + '"a"=hex:' + '00,'.repeat(300_000) + '00\r\n', 'ok'],
    ['200,000 items in another layout', H + '"a"=hex:' + ' 0, 1,'.repeat(100_000) + '0\r\n', 'ok'],
  ])('%s', (_, text, expected) => {
    let outcome = 'ok';
    try {
      writeRegFile(regFileToSnapshot(parseRegFile(u(text))));
    } catch (e) {
      outcome = (e as Error).message.slice(0, 7);
    }
    expect(outcome).toBe(expected);
  });
});

describe('.reg fuzz: pwsh equals Node', () => {
  let session: PwshSession | undefined;
  let work = '';
  const psLines: string[] = [];
  let seconds = 0;

  beforeAll(async () => {
    const started = Date.now();
    const entry = path.resolve(__dirname, 'snippets/fuzz-gen.ts');
    const compiled = compile(repoRoot, [entry]);
    if (compiled.diagnostics.length > 0) {
      throw new Error(compiled.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));
    }
    const unit = compiled.units[0];
    unit.helpers.push('__toJson');
    const fn = unit.exports.get('fuzzCase');
    if (!fn) throw new Error('fuzz-gen.ts exports no fuzzCase');
    work = mkdtempSync(path.join(os.tmpdir(), 'w2d-reg-fuzz-'));
    const script = path.join(work, 'fuzz.ps1');
    writeFileSync(script, '\uFEFF' + emitStandaloneScript(repoRoot, unit, true), 'utf8');
    session = await PwshSession.start();
    await session.run(`$global:W2DRegFuzz = New-Module -Name W2DRegFuzz -ScriptBlock ([scriptblock]::Create([System.IO.File]::ReadAllText('${script}')))`);
    // One line per invocation: node-powershell sends the text as input lines to a waiting pwsh.
    for (let from = 0; from < PWSH_CASES; from += CHUNK) {
      const to = Math.min(PWSH_CASES, from + CHUNK);
      const loop = `param($fn, $seed, $from, $to); $out = [System.Collections.Generic.List[object]]::new(); for ($n = $from; $n -lt $to; $n++) { try { $out.Add([string](& $fn $seed $n)) } catch { $out.Add("$n ERROR " + $_.Exception.GetBaseException().Message) } }; __toJson $out`;
      const raw = await session.run(`& $global:W2DRegFuzz { ${loop} } '${fn}' ${SEED} ${from} ${to}`);
      const json = raw.trim().split(/\r?\n/).pop() ?? '';
      psLines.push(...(JSON.parse(json) as string[]));
    }
    seconds = (Date.now() - started) / 1000;
  }, 900_000);

  afterAll(async () => {
    await session?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(`the first ${PWSH_CASES} cases give the same outcome lines in pwsh as in Node`, () => {
    const node: string[] = [];
    for (let n = 0; n < PWSH_CASES; n++) node.push(nodeOutcome(n));
    const s = summarize(psLines);
    console.log(`.reg fuzz (pwsh): ${PWSH_CASES} cases in one session, ${seconds.toFixed(1)} s incl. compile: ${s.ok} results, ${s.errors} errors ${JSON.stringify(s.ids)}`);
    expect(psLines.length).toBe(PWSH_CASES);
    const differing = node.map((l, i) => (l === psLines[i] ? '' : `node: ${l}\npwsh: ${psLines[i]}`)).filter((x) => x !== '');
    expect(differing.slice(0, 5)).toEqual([]);
    expect(psLines.filter((l) => l.includes(' ERROR ') && !ERROR.test(l.slice(l.indexOf(' ERROR ') + 7)))).toEqual([]);
  });
});
