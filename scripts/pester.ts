/**
 * `npm run test:pester [-- <path> ...]`: run the Pester suite (test/pester, every *.Tests.ps1, or the
 * given paths) with the pinned Pester 5.7.1, imported by path, under the pinned
 * `pwsh -NoProfile -NonInteractive`. Writes JUnit XML to test-results/pester.xml, shows Pester's own
 * output, and ends with one machine-readable line:
 *
 *     PESTER: passed=N failed=N skipped=N
 *
 * `failed` counts failed tests plus failed blocks/containers (a BeforeAll or a file that throws
 * during discovery), and counts 1 when Pester did not run at all or executed zero tests: a Pester
 * suite that does not run is a failure. Exit code 0 only when nothing failed and tests ran.
 *
 * The toolchain is expected to be in place (`npm run setup`, or `npm test` which ensures it).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PESTER_VERSION, pesterManifestPath, psQuote, pwshEnv, pwshPath, repoRoot } from '../tools/toolchain.js';

export interface PesterCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** False when Pester did not run to the end (no summary was written). */
  ran: boolean;
  /** Human-readable reasons for failures that are not failed tests. */
  problems: string[];
}

export const pesterXmlPath = path.join(repoRoot, 'test-results', 'pester.xml');
// Per run, so two runs in the same checkout never read each other's counts.
const summaryPath = path.join(tmpdir(), `w2d-pester-summary-${process.pid}.json`);
const xmlRunPath = path.join(tmpdir(), `w2d-pester-${process.pid}.xml`);

interface PesterSummary {
  result: string;
  passed: number;
  failed: number;
  skipped: number;
  notRun: number;
  total: number;
  failedBlocks: string[];
  failedContainers: string[];
}

function pesterScript(paths: string[]): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    `$pester = Import-Module -Name ${psQuote(pesterManifestPath())} -Force -PassThru`,
    `if ($pester.Version.ToString() -ne '${PESTER_VERSION}') { throw "Loaded Pester $($pester.Version), expected ${PESTER_VERSION}" }`,
    '$c = New-PesterConfiguration',
    `$c.Run.Path = [string[]]@(${paths.map(psQuote).join(', ')})`,
    '$c.Run.PassThru = $true',
    '$c.Run.Exit = $false',
    "$c.Output.Verbosity = 'Detailed'",
    "$c.Output.CIFormat = 'None'",
    '$c.TestResult.Enabled = $true',
    "$c.TestResult.OutputFormat = 'JUnitXml'",
    `$c.TestResult.OutputPath = ${psQuote(xmlRunPath)}`,
    '$r = Invoke-Pester -Configuration $c',
    '# A failed BeforeAll already fails the tests under it; count a failed block only when none of its tests failed.',
    'function Get-FailedTestCount($b) { $n = @($b.Tests | Where-Object { $_.Result -eq "Failed" }).Count; foreach ($c in $b.Blocks) { $n += Get-FailedTestCount $c }; $n }',
    '$s = [ordered]@{',
    '  result = [string]$r.Result',
    '  passed = [int]$r.PassedCount',
    '  failed = [int]$r.FailedCount',
    '  skipped = [int]$r.SkippedCount',
    '  notRun = [int]$r.NotRunCount',
    '  total = [int]$r.TotalCount',
    '  failedBlocks = [string[]]@($r.FailedBlocks | Where-Object { (Get-FailedTestCount $_) -eq 0 } | ForEach-Object { [string]$_.ExpandedPath })',
    '  failedContainers = [string[]]@($r.FailedContainers | ForEach-Object { [string]$_.Item })',
    '}',
    `[System.IO.File]::WriteAllText(${psQuote(summaryPath)}, (ConvertTo-Json -InputObject $s -Depth 4))`,
    'exit 0',
  ].join('\n');
}

/** Run Pester over `paths` (default test/pester) and print the `PESTER:` line. */
export function runPester(paths: string[] = [path.join(repoRoot, 'test', 'pester')]): PesterCounts {
  const counts: PesterCounts = { passed: 0, failed: 0, skipped: 0, ran: false, problems: [] };
  const finish = (): PesterCounts => {
    for (const p of counts.problems) console.error(`pester: ${p}`);
    console.log(`PESTER: passed=${counts.passed} failed=${counts.failed} skipped=${counts.skipped}`);
    return counts;
  };

  mkdirSync(path.dirname(pesterXmlPath), { recursive: true });
  rmSync(summaryPath, { force: true });
  rmSync(xmlRunPath, { force: true });

  if (!existsSync(pwshPath()) || !existsSync(pesterManifestPath())) {
    counts.failed = 1;
    counts.problems.push(
      `Pester did not run: ${existsSync(pwshPath()) ? pesterManifestPath() : pwshPath()} is missing (run 'npm run setup').`,
    );
    return finish();
  }
  const absPaths = paths.map((p) => path.resolve(p));
  for (const p of absPaths) {
    if (!existsSync(p)) {
      counts.failed = 1;
      counts.problems.push(`Pester did not run: ${p} does not exist.`);
      return finish();
    }
  }

  const r = spawnSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', pesterScript(absPaths)], {
    cwd: repoRoot,
    env: pwshEnv(),
    stdio: 'inherit',
  });
  if (r.error) {
    counts.failed = 1;
    counts.problems.push(`Pester did not run: could not start ${pwshPath()}: ${r.error.message}`);
    return finish();
  }
  if (!existsSync(summaryPath)) {
    counts.failed = 1;
    counts.problems.push(`Pester did not run to the end (pwsh exit ${r.status ?? r.signal}); see the output above.`);
    return finish();
  }

  const s = JSON.parse(readFileSync(summaryPath, 'utf8').replace(/^\uFEFF/, '')) as PesterSummary;
  rmSync(summaryPath, { force: true });
  counts.ran = true;
  counts.passed = s.passed;
  counts.skipped = s.skipped;
  const failedBlocks = s.failedBlocks ?? [];
  const failedContainers = s.failedContainers ?? [];
  counts.failed = s.failed + failedBlocks.length + failedContainers.length;
  for (const b of failedBlocks) counts.problems.push(`block failed (BeforeAll/AfterAll) with no failed test under it: ${b}`);
  for (const c of failedContainers) {
    const rel = path.relative(repoRoot, c);
    counts.problems.push(`test file failed to run: ${rel && !rel.startsWith('..') ? rel : c}`);
  }
  if (r.status !== 0) {
    counts.failed += 1;
    counts.problems.push(`pwsh exited with ${r.status ?? r.signal} after running Pester.`);
  }
  if (s.passed + s.failed === 0) {
    counts.failed += 1;
    counts.problems.push('Pester executed zero tests: a suite that does not run is a failure.');
  }
  if (existsSync(xmlRunPath)) {
    copyFileSync(xmlRunPath, pesterXmlPath);
    rmSync(xmlRunPath, { force: true });
  } else {
    counts.failed += 1;
    counts.problems.push('Pester wrote no JUnit XML.');
  }
  return finish();
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href;
}

if (isMain()) {
  const args = process.argv.slice(2);
  const counts = runPester(args.length > 0 ? args : undefined);
  process.exit(counts.failed > 0 || counts.passed === 0 ? 1 : 0);
}
