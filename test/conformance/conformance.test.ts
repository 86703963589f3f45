/**
 * Every snippet under cases/ runs in Node and, compiled, in pwsh (one batch, one persistent pwsh
 * session); the results must be equal as canonical JSON and the compiler must not reject it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBoth, type RunBothOutcome } from '../../codegen/run-both/harness.js';
import { compile } from '../../codegen/compiler.js';
import { emitStandaloneScript } from '../../codegen/emit/standalone.js';
import { pwshPath, pwshEnv, repoRoot } from '../../tools/toolchain.js';
import { snippetFiles, relativeToRepo } from './files.js';

const files = snippetFiles('cases');
const outcomes = new Map<string, RunBothOutcome>();

beforeAll(async () => {
  for (const o of await runBoth(files)) outcomes.set(o.file, o);
}, 900_000);

describe('conformance: Node and PowerShell agree', () => {
  it('has at least 150 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
  });

  it('runs every host primitive through both engines in some case', () => {
    const declared = [...readFileSync(path.join(repoRoot, 'src', 'host', 'primitives.ts'), 'utf8').matchAll(/^  ([a-zA-Z0-9]+)\(/gm)].map((m) => m[1]);
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/host\.([a-zA-Z0-9]+)\(/g)].map((m) => m[1])));
    expect(declared.length).toBeGreaterThan(20);
    expect(declared.filter((d) => !used.has(d))).toEqual([]);
  });

  it.each(files.map(relativeToRepo))('%s', (file) => {
    const o = outcomes.get(file);
    expect(o, 'no outcome').toBeDefined();
    expect(o!.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(o!.ps).toEqual(o!.node);
    expect(o!.equal).toBe(true);
  });
});

describe('conformance: generated PowerShell is Windows PowerShell 5.1 syntax', () => {
  it('every compiled case, with its helpers and primitives, parses without 7-only syntax', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'ps51-'));
    const compiled = compile(repoRoot, files);
    const paths = compiled.units.map((unit, i) => {
      const p = path.join(work, `unit-${i}.ps1`);
      writeFileSync(p, '\uFEFF' + emitStandaloneScript(repoRoot, { ...unit, helpers: [...unit.helpers, '__toJson'] }), 'utf8');
      return p;
    });
    const common = path.join(repoRoot, 'test', 'pester', '_common.ps1');
    const script = `. '${common}'; foreach ($p in Get-ChildItem '${work}' -Filter *.ps1) { foreach ($v in Get-W2DPs51Violation -Path $p.FullName) { "$($p.Name): $v" } }`;
    const out = execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', script], { env: pwshEnv(), encoding: 'utf8' });
    expect(paths.length).toBe(files.length);
    expect(out.trim()).toBe('');
  });
});
