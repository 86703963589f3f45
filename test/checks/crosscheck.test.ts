/** testCatalog(fixture, true) gives identical JSON in Node and, compiled, in pwsh: ONE runBoth call (with the fixture variants of new-checks-variants.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBoth } from '../../codegen/run-both/harness.js';
import { EXPECTED } from './fixtures.js';

const snippets = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snippets');
const snippet = path.join(snippets, 'test-catalog-all.ts');
const variants = path.join(snippets, 'new-checks-variants.ts');

describe('testCatalog: Node and pwsh agree on every fixture', () => {
  it('gives identical reports and findings in both engines', { timeout: 600_000 }, async () => {
    const [outcome, variantOutcome] = await runBoth([snippet, variants]);
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
  });
});
