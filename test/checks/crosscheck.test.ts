/**
 * testCatalog(fixture, true) gives identical JSON in Node and, compiled, in pwsh: ONE runBoth call
 * (with the fixture variants of new-checks-variants.ts and more-checks-variants.ts; the latter reads
 * variant files and a stand-in SystemRoot written here, seen by both engines through the environment).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBoth } from '../../codegen/run-both/harness.js';
import { EXPECTED } from './fixtures.js';
import { MORE_VARIANTS_EXPECTED, writeMoreVariants, writeSystemRoot } from './more-variants.js';

const snippets = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snippets');
const snippet = path.join(snippets, 'test-catalog-all.ts');
const variants = path.join(snippets, 'new-checks-variants.ts');
const moreVariants = path.join(snippets, 'more-checks-variants.ts');

describe('testCatalog: Node and pwsh agree on every fixture', () => {
  it('gives identical reports and findings in both engines', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-more-checks-'));
    const root = mkdtempSync(path.join(os.tmpdir(), 'w2d-systemroot-'));
    const saved = { SystemRoot: process.env.SystemRoot, W2D_VARIANTS_DIR: process.env.W2D_VARIANTS_DIR };
    let outcomes;
    try {
      writeMoreVariants(dir);
      writeSystemRoot(root);
      // Set before runBoth starts pwsh: the session inherits them.
      process.env.SystemRoot = root;
      process.env.W2D_VARIANTS_DIR = dir;
      outcomes = await runBoth([snippet, variants, moreVariants]);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      rmSync(dir, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
    const [outcome, variantOutcome, moreOutcome] = outcomes;
    expect(outcome.diagnostics).toEqual([]);
    const node = outcome.node as { report: { source: string; verdict: string } }[];
    expect(node.length).toBe(EXPECTED.length);
    // The snippet's list is the fixture list of fixtures.ts: same files, same verdicts.
    const verdicts = node.map((r) => `${r.report.source.split('/test/fixtures/')[1]} ${r.report.verdict}`).sort();
    expect(verdicts).toEqual(EXPECTED.map((e) => `${e.file} ${e.verdict}`).sort());
    expect(outcome.equal ? 'equal' : `node ${JSON.stringify(outcome.node).slice(0, 400)}\nps ${JSON.stringify(outcome.ps).slice(0, 400)}`).toBe('equal');
    // Fixture variants for the checks no fixture triggers (Method 2, C15, C14, OS profile).
    expect(variantOutcome.diagnostics).toEqual([]);
    const v = variantOutcome.node as { name: string; osProfile: string; findings: { id: string }[] }[];
    expect(v.map((x) => `${x.name} ${x.osProfile} ${x.findings.map((f) => f.id).join(' ')}`)).toEqual([
      'xp fewer XP W2D2022',
      'nwlink more XP W2D2008 W2D2021 W2D2014',
      'xp add-on XP W2D2023',
      'win10 legacy Win8to11 W2D2024 W2D2025',
      'win7 empty transports Vista7 W2D2024',
    ]);
    expect(variantOutcome.equal ? 'equal' : `node ${JSON.stringify(variantOutcome.node).slice(0, 400)}\nps ${JSON.stringify(variantOutcome.ps).slice(0, 400)}`).toBe('equal');
    // IPv6, writer locks, Tcpip helper, Server profile, -OsProfile and the DLL check (C5) on this disk.
    expect(moreOutcome.diagnostics).toEqual([]);
    const more = moreOutcome.node as { name: string; osProfile: string; dllCheck: string; findings: string[] }[];
    expect(more.map((x) => `${x.name}: ${x.osProfile} ${x.dllCheck} ${[...new Set(x.findings.map((f) => f.split(' ')[0]))].join(',')}`)).toEqual(MORE_VARIANTS_EXPECTED);
    expect(moreOutcome.equal ? 'equal' : `node ${JSON.stringify(moreOutcome.node).slice(0, 600)}\nps ${JSON.stringify(moreOutcome.ps).slice(0, 600)}`).toBe('equal');
  });
});
