/**
 * Repair-Winsock2 on damaged catalogs nobody wrote by hand: the seeded corrupted variants of
 * test/crosscheck/variant-generator.ts (1-3 mutations of a fixture each), offline. Targeted leaves a
 * file that tests Healthy or ThirdPartyPresent (Repaired / NothingToDo), or says Incomplete and names
 * Reset or, for damage outside the Winsock keys, what fixes it; Reset then repairs everything inside
 * the Winsock keys; a second Targeted over Targeted's output has nothing to do; the result's verdict
 * is the verdict of the file written. A sample also runs in the module and must give the same JSON
 * and the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateVariants } from '../crosscheck/variant-generator.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { repairWinsock2 } from '../../src/core/repair/repair-winsock2.js';
import type { RepairResult } from '../../src/core/repair/repair-types.js';
import { testCatalog } from '../../src/core/report/build-report.js';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { ps } from '../../codegen/ps-ast/nodes.js';

const VARIANTS = 240;
/** Findings about keys no mode changes (Services\Tcpip). */
const OUTSIDE = ['W2D2030'];
const HEALTHY = ['Healthy', 'ThirdPartyPresent'];

const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-repair-variants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`repair of ${VARIANTS} generated corrupted variants (Node)`, () => {
  it('Targeted repairs or says what is left; Reset repairs what is inside the Winsock keys; Targeted is idempotent', () => {
    const problems: string[] = [];
    const counts: Record<string, number> = {};
    const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
    for (const v of generateVariants(VARIANTS)) {
      const label = `${v.name} [${v.mutations.join(' | ')}]`;
      const input = path.join(dir, `${v.name}.reg`);
      writeFileSync(input, writeRegFile(v.snapshot));
      const out = path.join(dir, `${v.name}-targeted.reg`);
      let r: RepairResult;
      try {
        r = repairWinsock2('Targeted', false, false, false, input, out);
      } catch (e) {
        problems.push(`${label}: Targeted threw ${(e as Error).message}`);
        continue;
      }
      bump(`Targeted ${r.status}`);
      const after = testCatalog(out).report.verdict;
      if (after !== r.verdictAfter) problems.push(`${label}: VerdictAfter ${r.verdictAfter}, the file tests ${after}`);
      if (r.status === 'Repaired' || r.status === 'NothingToDo') {
        if (!HEALTHY.includes(after)) problems.push(`${label}: ${r.status} but ${after}`);
        const again = repairWinsock2('Targeted', false, false, false, out, path.join(dir, `${v.name}-again.reg`));
        if (again.status !== 'NothingToDo') problems.push(`${label}: a second Targeted gives ${again.status}: ${again.steps.map((s) => s.description).join(' / ')}`);
        continue;
      }
      if (r.status !== 'Incomplete') {
        problems.push(`${label}: status ${r.status}`);
        continue;
      }
      if (HEALTHY.includes(after)) problems.push(`${label}: Incomplete but ${after}`);
      const inside = r.remaining.filter((id) => !OUTSIDE.includes(id));
      if (inside.length > 0 && !r.message.includes('-Mode Reset')) problems.push(`${label}: Incomplete (${r.remaining}) without naming Reset: ${r.message}`);
      if (inside.length === 0 && r.message.includes('-Mode Reset')) problems.push(`${label}: sends ${r.remaining} to Reset, which cannot fix it`);
      const resetOut = path.join(dir, `${v.name}-reset.reg`);
      let reset: RepairResult;
      try {
        reset = repairWinsock2('Reset', false, false, false, input, resetOut);
      } catch (e) {
        // An undetectable OS profile: Reset needs -OsProfile (W2D3006).
        if (!(e as Error).message.startsWith('W2D3006: ')) {
          problems.push(`${label}: Reset threw ${(e as Error).message}`);
          continue;
        }
        bump('Reset needs -OsProfile');
        reset = repairWinsock2('Reset', false, false, false, input, resetOut, 'Win8to11');
      }
      bump(`Reset ${reset.status}`);
      const left = reset.remaining.filter((id) => !OUTSIDE.includes(id));
      if (left.length > 0) problems.push(`${label}: Reset leaves ${left}`);
      if (testCatalog(resetOut).report.verdict !== reset.verdictAfter) problems.push(`${label}: Reset's VerdictAfter is not the file's`);
    }
    console.log(`repair variants: ${JSON.stringify(counts)}`);
    expect(problems).toEqual([]);
    // The variants exercise every outcome.
    expect(counts['Targeted Repaired']).toBeGreaterThan(VARIANTS / 4);
    expect(counts['Targeted Incomplete']).toBeGreaterThan(VARIANTS / 8);
    expect(counts['Targeted NothingToDo']).toBeGreaterThan(0);
    expect(counts['Reset Repaired']).toBeGreaterThan(VARIANTS / 8);
  }, 300_000);
});

describe('repair of generated variants in both engines', () => {
  let shell: PwshSession;
  const nodeDir = path.join(dir, 'x-node');
  const psDir = path.join(dir, 'x-ps');

  beforeAll(async () => {
    mkdirSync(nodeDir, { recursive: true });
    mkdirSync(psDir, { recursive: true });
    shell = await PwshSession.start();
    await shell.importModuleCore();
  }, 300_000);

  afterAll(async () => {
    await shell?.close();
  });

  it('a sample of damaged variants (Targeted) gives the same RepairResult JSON and the same repaired bytes', async () => {
    // Every tenth of the first 80 (a repair in the module takes seconds); the sample holds repairs.
    const sample = generateVariants(80).filter((_, i) => i % 10 === 0);
    const different: string[] = [];
    const calls: string[] = [];
    const nodeResults: string[] = [];
    for (const v of sample) {
      const input = path.join(dir, `x-${v.name}.reg`);
      writeFileSync(input, writeRegFile(v.snapshot));
      let node: string;
      try {
        node = JSON.stringify({ value: repairWinsock2('Targeted', false, false, false, input, path.join(nodeDir, `${v.name}.reg`)) });
      } catch (e) {
        node = JSON.stringify({ error: (e as Error).message });
      }
      nodeResults.push(node.replaceAll(JSON.stringify(nodeDir).slice(1, -1), '<out>'));
      const args = [ps.str('Targeted'), ps.bool(false), ps.bool(false), ps.bool(false), ps.str(input), ps.str(path.join(psDir, `${v.name}.reg`))];
      calls.push(moduleCoreCall('ts_repairWinsock2', args));
    }
    const psLines = (await shell.run(calls.join('\n'))).split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(psLines.length).toBe(sample.length);
    let repaired = 0;
    sample.forEach((v, i) => {
      const psJson = JSON.stringify(JSON.parse(psLines[i])).replaceAll(JSON.stringify(psDir).slice(1, -1), '<out>');
      if (psJson !== nodeResults[i]) different.push(`${v.name}\n  node: ${nodeResults[i].slice(0, 500)}\n  ps:   ${psJson.slice(0, 500)}`);
      if (nodeResults[i].includes('"status":"Repaired"') || nodeResults[i].includes('"status":"Incomplete"')) repaired++;
      const n = readFileSync(path.join(nodeDir, `${v.name}.reg`));
      if (!n.equals(readFileSync(path.join(psDir, `${v.name}.reg`)))) different.push(`${v.name}: the repaired files differ`);
    });
    expect(different).toEqual([]);
    expect(repaired).toBeGreaterThanOrEqual(3);
  }, 600_000);
});
