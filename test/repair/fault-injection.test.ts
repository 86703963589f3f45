/**
 * Issue 6 item 7: a repair on this machine's registry never leaves the keys half-changed. The
 * registry store is told to fail write number N (failAtWrite, tests only); for every N from 1 to the
 * number of writes of the plan (and N = writes + 1, where nothing fails), over every fixture and both
 * registry-changing modes, the registry image afterwards is byte for byte the original (rolled back)
 * or the repaired state, never anything between.
 *
 * Node runs every N. The compiled module runs the same flow through one pwsh session for a spread of
 * N per plan (the first write, the middle one, the last one, and the no-failure run, whose bytes must
 * also equal Node's repaired image) over the Targeted plans and the smallest Reset plan: a pwsh repair
 * takes seconds, every N in pwsh would take many minutes.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairWinsock2 } from '../../src/core/repair/repair-winsock2.js';
import type { RepairResult } from '../../src/core/repair/repair-types.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { printStatements } from '../../codegen/ps-ast/printer.js';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { repoRoot } from '../../tools/toolchain.js';

const IMAGE_VARIABLE = 'WINSOCK2DOCTOR_REGISTRY';
const fixtureDir = path.join(repoRoot, 'test', 'fixtures');
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.reg')).sort();
const modes = ['Targeted', 'Reset'];
const work = mkdtempSync(path.join(tmpdir(), 'w2d-fault-'));
const image = path.join(work, 'hklm.reg');
const backups = path.join(work, 'backups');
const savedImage = process.env[IMAGE_VARIABLE];

interface Case {
  fixture: string;
  mode: string;
  writes: number;
  original: Buffer;
  repaired: Buffer;
}

type Outcome = 'original' | 'repaired' | 'between';

function outcome(c: Case, state: Buffer): Outcome {
  if (state.equals(c.original)) return 'original';
  if (state.equals(c.repaired)) return 'repaired';
  return 'between';
}

/** The source of a case: a committed fixture, or one written into the work folder. */
function sourceOf(c: Case): string {
  return c.fixture.startsWith('work:') ? path.join(work, c.fixture.slice(5)) : path.join(fixtureDir, c.fixture);
}

function runNode(c: Case, failAtWrite: number): { result: RepairResult; state: Buffer } {
  copyFileSync(sourceOf(c), image);
  const result = repairWinsock2(c.mode, false, false, false, undefined, undefined, undefined, backups, false, failAtWrite);
  return { result, state: readFileSync(image) };
}

const cases: Case[] = [];

beforeAll(() => {
  process.env[IMAGE_VARIABLE] = image;
  // An image naming ControlSet001 (as an offline SYSTEM hive export does): rolled back as stored.
  const orphaned = regFileToSnapshot(parseRegFile(readFileSync(path.join(fixtureDir, 'win10-x64-lsp-orphaned.reg'))));
  const controlSet = { keys: orphaned.keys.map((k) => ({ path: k.path.replace('\\CurrentControlSet\\', '\\ControlSet001\\'), values: k.values })) };
  writeFileSync(path.join(work, 'controlset001-lsp-orphaned.reg'), writeRegFile(controlSet));
  for (const fixture of [...fixtures, 'work:controlset001-lsp-orphaned.reg']) {
    for (const mode of modes) {
      const c: Case = { fixture, mode, writes: 0, original: Buffer.alloc(0), repaired: Buffer.alloc(0) };
      c.original = readFileSync(sourceOf(c));
      const { result, state } = runNode(c, 0);
      c.writes = result.steps.reduce((n, s) => n + s.writes, 0);
      c.repaired = state;
      if (c.writes > 0) cases.push(c);
    }
  }
});

afterAll(() => {
  if (savedImage === undefined) delete process.env[IMAGE_VARIABLE];
  else process.env[IMAGE_VARIABLE] = savedImage;
  rmSync(work, { recursive: true, force: true });
});

describe('fault injection: every failed write leaves the original or the repaired keys', () => {
  it('has plans that write (damaged fixtures in Targeted, most fixtures in Reset)', () => {
    expect(cases.filter((c) => c.mode === 'Targeted').map((c) => c.fixture)).toEqual([
      'win10-x64-dns-nsp-disabled.reg',
      'win10-x64-entries-removed.reg',
      'win10-x64-lsp-orphaned.reg',
      'win10-x64-values-damaged.reg',
      'work:controlset001-lsp-orphaned.reg',
    ]);
    expect(cases.length).toBeGreaterThan(8);
    for (const c of cases) expect(c.repaired.equals(c.original), `${c.fixture} ${c.mode} changed the image`).toBe(false);
  });

  it('Node: for every N in 1..writes the keys are rolled back byte for byte; N = writes + 1 repairs', () => {
    const tally = { runs: 0, original: 0, repaired: 0, between: 0 };
    const wrong: string[] = [];
    for (const c of cases) {
      for (let n = 1; n <= c.writes + 1; n++) {
        const { result, state } = runNode(c, n);
        const o = outcome(c, state);
        tally.runs++;
        tally[o]++;
        const expected: Outcome = n <= c.writes ? 'original' : 'repaired';
        if (o !== expected || result.rolledBack !== (n <= c.writes)) wrong.push(`${c.fixture} ${c.mode} N=${n}: ${o}, status ${result.status}, ${result.message}`);
      }
    }
    console.log(`fault injection (Node): ${tally.runs} runs over ${cases.length} plans: ${tally.original} rolled back to the original, ${tally.repaired} repaired, ${tally.between} in between`);
    expect(wrong).toEqual([]);
    expect(tally.between).toBe(0);
    expect(tally.runs).toBe(cases.reduce((n, c) => n + c.writes + 1, 0));
  }, 600_000);

  it('PowerShell module: the same for a spread of N per plan, and the same repaired bytes as Node', async () => {
    const session = await PwshSession.start();
    const tally = { runs: 0, original: 0, repaired: 0, between: 0 };
    const wrong: string[] = [];
    try {
      await session.importModuleCore();
      await session.run(printStatements([ps.exprStmt(ps.staticInvoke('System.Environment', 'SetEnvironmentVariable', [ps.str(IMAGE_VARIABLE), ps.str(image)]))]));
      // Targeted plans and the smallest Reset plan keep the pwsh part within about a minute.
      const resets = cases.filter((c) => c.mode === 'Reset').sort((a, b) => a.writes - b.writes).slice(0, 1);
      for (const c of [...cases.filter((x) => x.mode === 'Targeted'), ...resets]) {
        const spread = [...new Set([1, Math.ceil(c.writes / 2), c.writes, c.writes + 1])].filter((n) => n >= 1 && n <= c.writes + 1);
        for (const n of spread) {
          copyFileSync(sourceOf(c), image);
          const args = [ps.str(c.mode), ps.bool(false), ps.bool(false), ps.bool(false), ps.null(), ps.null(), ps.null(), ps.str(backups), ps.bool(false), ps.num(String(n))];
          const json = await session.run(moduleCoreCall('ts_repairWinsock2', args));
          const reply = JSON.parse(json) as { value?: RepairResult; error?: string };
          const o = outcome(c, readFileSync(image));
          tally.runs++;
          tally[o]++;
          const expected: Outcome = n <= c.writes ? 'original' : 'repaired';
          if (o !== expected || reply.value?.rolledBack !== (n <= c.writes)) wrong.push(`${c.fixture} ${c.mode} N=${n}: ${o}, ${reply.value?.status ?? reply.error}`);
        }
      }
    } finally {
      await session.close();
    }
    console.log(`fault injection (PowerShell): ${tally.runs} runs: ${tally.original} rolled back to the original, ${tally.repaired} repaired (equal to Node's bytes), ${tally.between} in between`);
    expect(wrong).toEqual([]);
    expect(tally.between).toBe(0);
  }, 900_000);
});
