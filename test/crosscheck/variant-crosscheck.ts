/**
 * Cross-check of generated corrupted variants (variant-generator.ts): each is written into a folder
 * (regedit-style .reg; every tenth as a Winsock2Doctor JSON snapshot), diagnosed by testCatalog(file,
 * true) in Node and by the compiled module in ONE persistent pwsh session, many files per pwsh call
 * (batches small enough for the session's 120 s invocation timeout), and the two JSON results are
 * compared (errors compare as their messages).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { snapshotToJson } from '../../src/core/formats/json/snapshot.js';
import { testCatalog } from '../../src/core/report/build-report.js';
import { PwshSession, moduleCoreCallStatement } from '../../codegen/run-both/pwsh-session.js';
import { printStatements } from '../../codegen/ps-ast/printer.js';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { generateVariants, VARIANT_SEED, type Variant } from './variant-generator.js';

export interface VariantDifference {
  name: string;
  mutations: string[];
  node: string;
  ps: string;
}

export interface VariantCrosscheck {
  count: number;
  /** How many of them the module checked too (every pwshStride-th). */
  pwshChecked: number;
  seed: number;
  /** Distinct verdicts (and 'error') with their counts, in Node. */
  outcomes: Record<string, number>;
  /** Distinct finding IDs seen, in Node. */
  findingIds: string[];
  differences: VariantDifference[];
  generateMs: number;
  nodeMs: number;
  pwshMs: number;
  totalMs: number;
}

function canonical(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

function writeVariant(v: Variant, dir: string, i: number): string {
  if (i % 10 === 9) {
    const file = path.join(dir, `${v.name}.json`);
    writeFileSync(file, snapshotToJson(v.snapshot, { source: v.base, computerName: 'VARIANT', timeUtc: '2026-11-25T00:00:00.000Z', toolVersion: '0.1.0' }));
    return file;
  }
  const file = path.join(dir, `${v.name}.reg`);
  writeFileSync(file, writeRegFile(v.snapshot));
  return file;
}

/**
 * `pwshStride`: the module checks every pwshStride-th variant (1, the default in `npm test`: all of
 * them; a pwsh diagnosis with its JSON costs about 0.08 s, so 2,000 take under 3 minutes).
 */
export async function crosscheckVariants(count: number, batchSize = 50, seed = VARIANT_SEED, pwshStride = 1): Promise<VariantCrosscheck> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-variants-'));
  const shell = await PwshSession.start();
  try {
    const variants = generateVariants(count, seed);
    const files = variants.map((v, i) => writeVariant(v, dir, i));
    const generateMs = Date.now() - started;

    const nodeStart = Date.now();
    const outcomes: Record<string, number> = {};
    const ids = new Set<string>();
    const nodeJson = files.map((f) => {
      try {
        const result = testCatalog(f, true);
        outcomes[result.report.verdict] = (outcomes[result.report.verdict] ?? 0) + 1;
        for (const x of result.findings) ids.add(x.id);
        return JSON.stringify({ value: result });
      } catch (e) {
        outcomes.error = (outcomes.error ?? 0) + 1;
        return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
      }
    });
    const nodeMs = Date.now() - nodeStart;

    const pwshStart = Date.now();
    await shell.importModuleCore();
    const checked = files.map((f, i) => i).filter((i) => i % pwshStride === 0);
    const psJson = new Map<number, string>();
    for (let at = 0; at < checked.length; at += batchSize) {
      const indexes = checked.slice(at, at + batchSize);
      const batch = indexes.map((i) => files[i]);
      // One line of JSON per file: testCatalog(path, detailed) as the module's core runs it.
      const script = printStatements(batch.map((f) => moduleCoreCallStatement('ts_testCatalog', [ps.str(f), ps.bool(true)])));
      const lines = (await shell.run(script)).split(/\r?\n/).filter((l) => l.trim() !== '');
      if (lines.length !== batch.length) throw new Error(`pwsh gave ${lines.length} lines for ${batch.length} variants: ${lines.slice(0, 3).join(' | ').slice(0, 500)}`);
      lines.forEach((line, k) => psJson.set(indexes[k], line));
    }
    const pwshMs = Date.now() - pwshStart;

    const differences: VariantDifference[] = [];
    for (const i of checked) {
      const v = variants[i];
      const other = psJson.get(i) ?? '';
      if (canonical(nodeJson[i]) !== canonical(other)) differences.push({ name: v.name, mutations: v.mutations, node: nodeJson[i], ps: other });
    }
    return { count, pwshChecked: checked.length, seed, outcomes, findingIds: [...ids].sort(), differences, generateMs, nodeMs, pwshMs, totalMs: Date.now() - started };
  } finally {
    await shell.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
