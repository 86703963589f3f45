/**
 * `npm run bench`: measures and prints figures with their goals beside them. Not a test: nothing is
 * asserted; a figure that misses its goal is explained in the closing note of the issue.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compile } from '../codegen/compiler.js';
import { emitStandaloneScript } from '../codegen/emit/standalone.js';
import { printStatements } from '../codegen/ps-ast/printer.js';
import { ps } from '../codegen/ps-ast/nodes.js';
import { PwshSession } from '../codegen/run-both/pwsh-session.js';
import { pwshPath, pwshEnv, pesterManifestPath, repoRoot, moduleManifestPath } from '../tools/toolchain.js';
import { readCatalogs } from '../src/core/sources/read-catalogs.js';
import { testCatalog } from '../src/core/report/build-report.js';
import { scaledCatalog } from './scaled-catalog.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function row(name: string, value: string, goal: string): void {
  process.stdout.write(`${name.padEnd(58)} ${value.padStart(12)}   goal: ${goal}\n`);
}

/** Median wall time of a compiled snippet's main() in one warm pwsh session, and in Node. */
async function snippetTimes(file: string, runs: number): Promise<{ ps: number; node: number }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const result = compile(repoRoot, [file]);
  if (result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics));
  const unit = result.units[0];
  const script = path.join(work, 'unit.ps1');
  writeFileSync(script, '\uFEFF' + emitStandaloneScript(repoRoot, unit), 'utf8');
  const session = await PwshSession.start();
  const fn = unit.exports.get('main')!;
  // Load once, then time main() only (warm): the figure is the loop, not the load.
  await session.run(printStatements([ps.exprStmt(ps.command('.', [ps.str(script)]))]));
  const psTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sw = ps.var('sw');
    const ms = await session.run(
      printStatements([
        ps.exprStmt(ps.assign(sw, ps.staticInvoke('System.Diagnostics.Stopwatch', 'StartNew', []))),
        ps.exprStmt(ps.command(fn, []), true),
        ps.exprStmt(ps.member(ps.member(sw, 'Elapsed'), 'TotalMilliseconds')),
      ]),
    );
    psTimes.push(Number(ms));
  }
  await session.close();
  await build({ entryPoints: [file], outfile: path.join(work, 'node.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
  const mod = (await import(pathToFileURL(path.join(work, 'node.mjs')).href)) as { main: () => unknown };
  const nodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    mod.main();
    nodeTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ps: median(psTimes), node: median(nodeTimes) };
}

/**
 * Warm figures: the median of `measured` runs after `warmup` runs. PowerShell interprets a script
 * block's first runs and compiles it after that, and .NET re-jits a method after 30 calls; V8
 * optimises a function after many calls. A function the diagnosis calls once is warm only after
 * dozens of diagnoses (measured here: a pwsh diagnosis keeps getting faster for 100 to 200 runs), so fewer
 * warm-up runs would measure the compilers, not the code.
 */
interface Runs {
  warmup: number;
  measured: number;
}
const PWSH_RUNS: Runs = { warmup: 200, measured: 30 };
const NODE_RUNS: Runs = { warmup: 200, measured: 100 };

function runsText(r: Runs): string {
  return `median of ${r.measured} after ${r.warmup} warm-up runs`;
}

/** Median time of readCatalogs(fixture): the compiled core inside the imported module, and Node. */
async function readCatalogsTimes(fixture: string, pwshRuns: Runs, nodeRuns: Runs): Promise<{ ps: number; node: number }> {
  const session = await PwshSession.start();
  const manifest = moduleManifestPath;
  await session.run(printStatements([ps.exprStmt(ps.command('Import-Module', [ps.str(manifest)]))]));
  const sw = ps.var('sw');
  // The core loads on the first cmdlet call; a direct call of a core function loads it first.
  await session.run(printStatements([ps.exprStmt(ps.command('&', [ps.command('Get-Module', [ps.str('Winsock2Doctor')]), ps.scriptBlock([], [ps.exprStmt(ps.command('__w2dImportCore', []))])]))]));
  const timed = ps.scriptBlock([], [ps.exprStmt(ps.command('ts_readCatalogs', [ps.str(fixture)]), true)]);
  const psTimes: number[] = [];
  for (let i = 0; i < pwshRuns.warmup + pwshRuns.measured; i++) {
    const text = printStatements([
      ps.exprStmt(ps.assign(sw, ps.staticInvoke('System.Diagnostics.Stopwatch', 'StartNew', []))),
      ps.exprStmt(ps.command('&', [ps.command('Get-Module', [ps.str('Winsock2Doctor')]), timed]), true),
      ps.exprStmt(ps.member(ps.member(sw, 'Elapsed'), 'TotalMilliseconds')),
    ]);
    psTimes.push(Number(await session.run(text)));
  }
  await session.close();
  const nodeTimes: number[] = [];
  for (let i = 0; i < nodeRuns.warmup + nodeRuns.measured; i++) {
    const t = process.hrtime.bigint();
    readCatalogs(fixture);
    nodeTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ps: median(psTimes.slice(pwshRuns.warmup)), node: median(nodeTimes.slice(nodeRuns.warmup)) };
}

/**
 * Test-Winsock2Catalog -Path <file> -Detailed (the whole diagnosis: read, decode, every check, report)
 * in one warm pwsh, with the session's peak working set; and testCatalog in Node with the heap growth.
 */
async function diagnosisTimes(file: string, pwshRuns: Runs, nodeRuns: Runs): Promise<{ ps: number; node: number; psPeakMb: number; nodeHeapMb: number }> {
  const session = await PwshSession.start();
  const manifest = moduleManifestPath;
  await session.run(printStatements([ps.exprStmt(ps.command('Import-Module', [ps.str(manifest)]))]));
  const sw = ps.var('sw');
  const psTimes: number[] = [];
  for (let i = 0; i < pwshRuns.warmup + pwshRuns.measured; i++) {
    const text = printStatements([
      ps.exprStmt(ps.assign(sw, ps.staticInvoke('System.Diagnostics.Stopwatch', 'StartNew', []))),
      ps.exprStmt(ps.command('Test-Winsock2Catalog', [ps.parameter('Path'), ps.str(file), ps.parameter('Detailed')]), true),
      ps.exprStmt(ps.member(ps.member(sw, 'Elapsed'), 'TotalMilliseconds')),
    ]);
    psTimes.push(Number(await session.run(text)));
  }
  const peak = Number(await session.run(printStatements([ps.exprStmt(ps.member(ps.staticInvoke('System.Diagnostics.Process', 'GetCurrentProcess', []), 'PeakWorkingSet64'))])));
  await session.close();
  const nodeTimes: number[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  for (let i = 0; i < nodeRuns.warmup + nodeRuns.measured; i++) {
    const t = process.hrtime.bigint();
    testCatalog(file, true);
    nodeTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  return {
    ps: median(psTimes.slice(pwshRuns.warmup)),
    node: median(nodeTimes.slice(nodeRuns.warmup)),
    psPeakMb: peak / 1048576,
    nodeHeapMb: (heapPeak - heapBefore) / 1048576,
  };
}

/** Median time of Import-Module in fresh pwsh processes, measured inside pwsh. */
function importTime(manifest: string, runs: number, firstCommand = ''): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const first = firstCommand === '' ? '' : `; $null = ${firstCommand}`;
    const out = execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', `(Measure-Command { Import-Module '${manifest}'${first} }).TotalMilliseconds`], { env: pwshEnv(), encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  return median(times);
}

async function main(): Promise<void> {
  process.stdout.write(`Winsock2Doctor benchmarks (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})\n\n`);
  const loop = await snippetTimes(path.join(repoRoot, 'bench', 'snippets', 'map-lookups.ts'), 5);
  row('20,000-iteration loop with Map lookups, pwsh (warm)', `${loop.ps.toFixed(1)} ms`, 'a figure (platform issue)');
  row('the same loop in Node', `${loop.node.toFixed(2)} ms`, 'a figure');
  const fixture = path.join(repoRoot, 'test', 'fixtures', 'win11-x64.reg');
  process.stdout.write(`warm figures: pwsh ${runsText(PWSH_RUNS)}; Node ${runsText(NODE_RUNS)}\n`);
  const read = await readCatalogsTimes(fixture, PWSH_RUNS, NODE_RUNS);
  row('read + decode the Windows 11 fixture (.reg), pwsh module (warm)', `${read.ps.toFixed(1)} ms`, 'a figure (issue 5 goal for the whole diagnosis: <= 30 ms)');
  row('the same in Node', `${read.node.toFixed(2)} ms`, 'a figure (issue 5 goal: <= 1 ms)');
  const diagnosis = await diagnosisTimes(fixture, PWSH_RUNS, NODE_RUNS);
  row('Test-Winsock2Catalog -Path win11-x64.reg -Detailed, pwsh (warm)', `${diagnosis.ps.toFixed(1)} ms`, '<= 30 ms');
  row('testCatalog of the same file in Node', `${diagnosis.node.toFixed(2)} ms`, '<= 1 ms');
  row('peak working set of that pwsh session', `${diagnosis.psPeakMb.toFixed(0)} MB`, 'a figure');
  row('Node heap growth over those runs', `${diagnosis.nodeHeapMb.toFixed(1)} MB`, 'a figure');
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  const small = path.join(work, 'entries-100.reg');
  const large = path.join(work, 'entries-1000.reg');
  writeFileSync(small, scaledCatalog(fixture, 100));
  writeFileSync(large, scaledCatalog(fixture, 1000));
  // Seconds per run in pwsh: fewer runs, still after warm-up.
  const scaleRuns: Runs = { warmup: 4, measured: 5 };
  const s100 = await diagnosisTimes(small, scaleRuns, { warmup: 20, measured: 20 });
  const s1000 = await diagnosisTimes(large, scaleRuns, { warmup: 20, measured: 20 });
  row('diagnosis of a 1,000-entry catalog over a 100-entry one, pwsh', `x ${(s1000.ps / s100.ps).toFixed(1)}`, `<= 12 (${s100.ps.toFixed(0)} -> ${s1000.ps.toFixed(0)} ms, peak ${s1000.psPeakMb.toFixed(0)} MB)`);
  row('the same in Node', `x ${(s1000.node / s100.node).toFixed(1)}`, `<= 12 (${s100.node.toFixed(1)} -> ${s1000.node.toFixed(1)} ms, heap +${s1000.nodeHeapMb.toFixed(1)} MB)`);
  const ours = importTime(moduleManifestPath, 5);
  const pester = importTime(pesterManifestPath(), 5);
  row('Import-Module Winsock2Doctor (fresh pwsh)', `${ours.toFixed(1)} ms`, `<= 25 % of Pester's`);
  row('Import-Module Pester 5.7.1 (fresh pwsh)', `${pester.toFixed(1)} ms`, `ratio ${((100 * ours) / pester).toFixed(1)} %`);
  const firstCall = importTime(moduleManifestPath, 3, 'Get-Winsock2DoctorInfo');
  row('Import-Module + first cmdlet call (loads the core), fresh pwsh', `${firstCall.toFixed(1)} ms`, 'a figure');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
