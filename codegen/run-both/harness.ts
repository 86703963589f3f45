/**
 * run-both: compile TypeScript files that export `main()`, run `main()` in Node and the compiled
 * `main` in pwsh, and compare the results as canonical JSON. Many files run as one batch: one
 * compiler program, one esbuild call and one persistent pwsh session.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compile } from '../compiler.js';
import { emitStandaloneScript, emitHelperLibrary } from '../emit/standalone.js';
import { printStatements } from '../ps-ast/printer.js';
import { ps } from '../ps-ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { PwshSession } from './pwsh-session.js';
import { canonical, resultJson, type EngineResult } from './canonical.js';
import { repoRoot } from '../../tools/toolchain.js';

export interface RunBothOutcome {
  file: string;
  node: unknown;
  ps: unknown;
  equal: boolean;
  diagnostics: Diagnostic[];
  /** The generated PowerShell (for failure reports). */
  script?: string;
}

const INVOKE_MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'invoke-main.ps1');

/**
 * Snippets find repository files (fixtures) through the environment variable W2D_REPO_ROOT, set to
 * the same value in both engines: `host.readFileBytes(host.getEnv('W2D_REPO_ROOT') + '/test/...')`.
 */
export async function runBoth(files: string[], session?: PwshSession, entryName = 'main'): Promise<RunBothOutcome[]> {
  process.env.W2D_REPO_ROOT = repoRoot;
  const absolute = files.map((f) => path.resolve(f));
  const compiled = compile(repoRoot, absolute);
  const work = mkdtempSync(path.join(os.tmpdir(), 'run-both-'));
  const own = session ? undefined : await PwshSession.start();
  const shell = session ?? own!;
  try {
    const nodeResults = await runInNode(absolute, path.join(work, 'node'), entryName);
    await shell.run(printStatements([ps.exprStmt(ps.command('.', [ps.str(INVOKE_MAIN)]))]));
    // Batches load every helper the units use once, globally; a single file stays fully standalone.
    const shared = compiled.units.length > 1;
    if (shared) {
      const libraryPath = path.join(work, 'helpers.ps1');
      writeFileSync(libraryPath, '\uFEFF' + emitHelperLibrary(['__toJson', ...compiled.units.flatMap((u) => u.helpers)]), 'utf8');
      await shell.run(printStatements([ps.exprStmt(ps.command('.', [ps.str(libraryPath)]))]));
    }
    const outcomes: RunBothOutcome[] = [];
    for (let i = 0; i < compiled.units.length; i++) {
      const unit = compiled.units[i];
      const rel = compiled.program.relative(unit.entry);
      const unitFiles = new Set(unit.files.map((f) => f.fileName));
      unitFiles.add(rel);
      const diagnostics = compiled.diagnostics.filter((d) => unitFiles.has(d.file));
      const node = resultJson(nodeResults[i]);
      if (diagnostics.length > 0) {
        outcomes.push({ file: rel, node, ps: null, equal: false, diagnostics });
        continue;
      }
      unit.helpers.push('__toJson');
      const script = emitStandaloneScript(repoRoot, unit, !shared);
      const scriptPath = path.join(work, `unit-${i}.ps1`);
      writeFileSync(scriptPath, '\uFEFF' + script, 'utf8');
      const fn = unit.exports.get(entryName);
      let psResult: EngineResult;
      if (!fn) {
        psResult = { error: `no exported function ${entryName}()` };
      } else {
        const started = Date.now();
        const raw = await shell.run(printStatements([ps.exprStmt(ps.command('Invoke-RunBothMain', [ps.str(scriptPath), ps.str(fn)]))]));
        psResult = parseEngineLine(raw);
        if (process.env.RUN_BOTH_TIMING) process.stderr.write(`${Date.now() - started} ms ${rel}\n`);
      }
      const psValue = resultJson(psResult);
      outcomes.push({ file: rel, node, ps: psValue, equal: canonical(node) === canonical(psValue), diagnostics, script });
    }
    return outcomes;
  } finally {
    if (own) await own.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function parseEngineLine(raw: string): EngineResult {
  const line = raw.trim().split(/\r?\n/).pop() ?? '';
  try {
    return JSON.parse(line) as EngineResult;
  } catch {
    return { error: `unreadable pwsh output: ${raw.slice(0, 500)}` };
  }
}

/** Bundles every entry with esbuild (one call) and runs each `main()` in this process. */
async function runInNode(entries: string[], outdir: string, entryName: string): Promise<EngineResult[]> {
  const result = await build({
    entryPoints: entries.map((e, i) => ({ in: e, out: `entry-${i}` })),
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    write: true,
    logLevel: 'silent',
  }).catch((e: Error) => e);
  if (result instanceof Error) return entries.map(() => ({ error: `esbuild: ${result.message}` }));
  const out: EngineResult[] = [];
  for (let i = 0; i < entries.length; i++) {
    try {
      const mod = (await import(pathToFileURL(path.join(outdir, `entry-${i}.mjs`)).href)) as Record<string, unknown>;
      const main = mod[entryName];
      if (typeof main !== 'function') {
        out.push({ error: `no exported function ${entryName}()` });
        continue;
      }
      const value: unknown = main();
      out.push({ value: JSON.parse(canonical(value)) });
    } catch (e) {
      out.push({ error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
