/**
 * `npm test`: the whole suite, from a fresh checkout after `npm ci`.
 *
 * 1. ensureToolchain(): installs (when missing) and verifies pwsh 7.6.9 and Pester 5.7.1 in .tools/.
 * 2. `npm run --silent build` when the compiler (codegen/main.ts) exists; until then a notice.
 *    A failing build counts as one failure (the suites still run, so you see everything).
 * 3. vitest (`vitest run`; reporters default + json -> test-results/vitest.json + junit ->
 *    test-results/vitest.xml).
 * 4. Pester (scripts/pester.ts: test/pester, JUnit XML -> test-results/pester.xml).
 *
 * The last line printed is exactly `N passed, N failed` (`, N skipped` appended only when something
 * was skipped), summing both suites. A suite that does not run or runs zero tests counts as one
 * failure, as does a test file that fails to load. Exit code 0 only when nothing failed.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureToolchain, repoRoot, ToolchainError } from '../tools/toolchain.js';
import { runPester } from './pester.js';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];
const resultsDir = path.join(repoRoot, 'test-results');
const started = Date.now();

function section(title: string): void {
  console.log(`\n=== ${title} ===`);
}

function summaryLine(t: Tally): string {
  return `${t.passed} passed, ${t.failed} failed` + (t.skipped > 0 ? `, ${t.skipped} skipped` : '');
}

function finish(): never {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  section(`Summary (${seconds} s)`);
  for (const p of problems) console.log(`FAILED: ${p}`);
  console.log(summaryLine(total));
  process.exit(total.failed > 0 ? 1 : 0);
}

/** Run npm with `args`; through the npm that started us when there is one (works on Windows too). */
function npm(args: string[]): SpawnSyncReturns<Buffer> {
  const npmCli = process.env['npm_execpath'];
  if (npmCli && /\.c?js$/.test(npmCli)) {
    return spawnSync(process.execPath, [npmCli, ...args], { cwd: repoRoot, stdio: 'inherit' });
  }
  return spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
}

// 1. Toolchain.
section('Toolchain (pwsh, Pester)');
try {
  const report = ensureToolchain((line) => console.log(`setup: ${line}`));
  console.log(`pwsh ${report.pwshVersion} (${path.relative(repoRoot, report.pwshPath)}), Pester ${report.pesterVersion}`);
} catch (err) {
  console.error(err instanceof ToolchainError ? err.message : ((err as Error).stack ?? String(err)));
  total.failed += 1;
  problems.push('the toolchain (pwsh 7.6.9, Pester 5.7.1) could not be set up; no tests were run');
  finish();
}

// 2. Build.
section('Build (module/ from src/)');
if (!existsSync(path.join(repoRoot, 'codegen', 'main.ts'))) {
  console.log('notice: codegen/main.ts does not exist yet: build skipped');
} else {
  const r = npm(['run', '--silent', 'build']);
  if (r.status !== 0) {
    total.failed += 1;
    problems.push(`build failed ('npm run --silent build' exit ${r.status ?? r.signal ?? r.error?.message})`);
  } else {
    console.log('build: ok');
  }
}

// 3. vitest.
section('vitest');
mkdirSync(resultsDir, { recursive: true });
const vitestJson = path.join(resultsDir, 'vitest.json');
const vitestXml = path.join(resultsDir, 'vitest.xml');
// Counts are read from a per-run file (another run in the same checkout may be writing
// test-results/ at the same time); it is copied to test-results/vitest.json afterwards.
const vitestJsonRun = path.join(tmpdir(), `w2d-vitest-${process.pid}.json`);
rmSync(vitestJsonRun, { force: true });
rmSync(vitestJson, { force: true });
rmSync(vitestXml, { force: true });
{
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Plain text in logs; colours stay when a terminal is attached.
  if (!process.stdout.isTTY && env['FORCE_COLOR'] === undefined) env['NO_COLOR'] = '1';
  const r = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJsonRun}`,
      '--reporter=junit',
      `--outputFile.junit=${vitestXml}`,
    ],
    { cwd: repoRoot, stdio: 'inherit', env },
  );
  if (existsSync(vitestJsonRun)) copyFileSync(vitestJsonRun, vitestJson);
  if (r.error || !existsSync(vitestJsonRun)) {
    total.failed += 1;
    problems.push(`vitest did not run to the end (exit ${r.status ?? r.signal ?? r.error?.message}; no ${path.relative(repoRoot, vitestJson)})`);
  } else {
    interface VitestJson {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
    }
    const j = JSON.parse(readFileSync(vitestJsonRun, 'utf8')) as VitestJson;
    rmSync(vitestJsonRun, { force: true });
    const v: Tally = { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests };
    // A test file that fails to load has no failed test of its own: count it once.
    for (const file of j.testResults) {
      if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
        v.failed += 1;
        problems.push(`vitest: ${path.relative(repoRoot, file.name)} failed to run${file.message ? `: ${file.message.split('\n')[0]}` : ''}`);
      }
    }
    if (v.passed + v.failed === 0) {
      v.failed += 1;
      problems.push('vitest executed zero tests: a suite that does not run is a failure');
    }
    if (r.status !== 0 && v.failed === 0) {
      v.failed += 1;
      problems.push(`vitest exited with ${r.status ?? r.signal} (errors outside tests, see above)`);
    } else if (v.failed > 0) {
      problems.push(`vitest: ${v.failed} failed`);
    }
    console.log(`VITEST: passed=${v.passed} failed=${v.failed} skipped=${v.skipped}`);
    total.passed += v.passed;
    total.failed += v.failed;
    total.skipped += v.skipped;
  }
}

// 4. Pester.
section('Pester');
{
  const p = runPester();
  if (p.failed > 0) problems.push(`Pester: ${p.failed} failed`);
  total.passed += p.passed;
  total.failed += p.failed;
  total.skipped += p.skipped;
}

finish();
