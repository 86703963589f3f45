/**
 * Cross-check: buildCatalogs on every fixture in Node and, compiled, in pwsh (ONE runBoth call, one
 * pwsh session); the Catalogs JSON must be identical. Snippets: test/catalog/snippets/<fixture>.ts
 * (each reads its .reg file through host.readFileBytes and the core .reg reader).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBoth, type RunBothOutcome } from '../../codegen/run-both/harness.js';
import { FIXTURES } from '../fixtures/build/fixtures.js';

const snippetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snippets');

describe('buildCatalogs: Node and pwsh agree on every fixture', () => {
  it('has one snippet per fixture', () => {
    const snippets = readdirSync(snippetsDir).filter((f) => f.endsWith('.ts')).sort();
    expect(snippets).toEqual(FIXTURES.map((f) => `${f.name}.ts`).sort());
  });

  it('gives identical Catalogs JSON in both engines', { timeout: 600_000 }, async () => {
    const files = FIXTURES.map((f) => path.join(snippetsDir, `${f.name}.ts`));
    const outcomes: RunBothOutcome[] = await runBoth(files);
    expect(outcomes.length).toBe(FIXTURES.length);
    const problems: string[] = [];
    outcomes.forEach((o, i) => {
      const name = FIXTURES[i].name;
      if (o.diagnostics.length > 0) problems.push(`${name}: ${o.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`).join('; ')}`);
      else if (!o.equal) problems.push(`${name}: node ${JSON.stringify(o.node).slice(0, 300)} ps ${JSON.stringify(o.ps).slice(0, 300)}`);
      const value = o.node as { source?: string; protocolEntries?: unknown[] } | null;
      if (value?.source !== `test/fixtures/${name}.reg` || (value.protocolEntries?.length ?? 0) === 0) problems.push(`${name}: unexpected Node result ${JSON.stringify(o.node).slice(0, 200)}`);
    });
    expect(problems).toEqual([]);
  });
});
