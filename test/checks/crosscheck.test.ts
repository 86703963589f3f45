/** testCatalog(fixture, true) gives identical JSON in Node and, compiled, in pwsh: ONE runBoth call. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBoth } from '../../codegen/run-both/harness.js';
import { EXPECTED } from './fixtures.js';

const snippet = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snippets', 'test-catalog-all.ts');

describe('testCatalog: Node and pwsh agree on every fixture', () => {
  it('gives identical reports and findings in both engines', { timeout: 600_000 }, async () => {
    const [outcome] = await runBoth([snippet]);
    expect(outcome.diagnostics).toEqual([]);
    const node = outcome.node as { report: { source: string; verdict: string } }[];
    expect(node.length).toBe(EXPECTED.length);
    // The snippet's list is the fixture list of fixtures.ts: same files, same verdicts.
    const verdicts = node.map((r) => `${r.report.source.split('/test/fixtures/')[1]} ${r.report.verdict}`).sort();
    expect(verdicts).toEqual(EXPECTED.map((e) => `${e.file} ${e.verdict}`).sort());
    expect(outcome.equal ? 'equal' : `node ${JSON.stringify(outcome.node).slice(0, 400)}\nps ${JSON.stringify(outcome.ps).slice(0, 400)}`).toBe('equal');
  });
});
