/**
 * Issue 5 item 7: 2,000 generated corrupted variants of the catalog fixtures (seeded, reproducible:
 * variant-generator.ts) diagnosed in Node, and the compiled module gives identical testCatalog JSON
 * (report and findings) through one persistent pwsh session, many variants per pwsh call: all of
 * them (a pwsh diagnosis with its JSON costs ~0.08 s here). W2D_VARIANT_PWSH_STRIDE=N checks every
 * Nth only, for a quick local run; W2D_VARIANT_COUNT raises the count.
 */
import { describe, expect, it } from 'vitest';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { generateVariants, MUTATION_NAMES, VARIANT_SEED } from './variant-generator.js';
import { crosscheckVariants, type VariantCrosscheck } from './variant-crosscheck.js';

const COUNT = Math.max(2000, Number(process.env.W2D_VARIANT_COUNT ?? 0));
const PWSH_STRIDE = Math.max(1, Number(process.env.W2D_VARIANT_PWSH_STRIDE ?? 1));

describe('generated corrupted variants', () => {
  it('are reproducible: the same seed gives the same files, another seed others', () => {
    const a = generateVariants(60).map((v) => Buffer.from(writeRegFile(v.snapshot)).toString('base64'));
    const b = generateVariants(60).map((v) => Buffer.from(writeRegFile(v.snapshot)).toString('base64'));
    const c = generateVariants(60, VARIANT_SEED + 1).map((v) => Buffer.from(writeRegFile(v.snapshot)).toString('base64'));
    expect(a).toEqual(b);
    expect(a.filter((x, i) => x !== c[i]).length).toBeGreaterThan(30);
  });

  it('use every mutation and every fixture', () => {
    const variants = generateVariants(COUNT);
    const used = new Set(variants.flatMap((v) => v.mutations.map((m) => m.split(':')[0])));
    expect([...used].sort()).toEqual([...MUTATION_NAMES].sort());
    expect(new Set(variants.map((v) => v.base)).size).toBe(11);
  });

  let result: VariantCrosscheck;
  it(`${COUNT} variants diagnosed in Node; every ${PWSH_STRIDE === 1 ? '' : `${PWSH_STRIDE}th `}one gives identical reports and findings in the module (one pwsh session)`, async () => {
    result = await crosscheckVariants(COUNT, 50, undefined, PWSH_STRIDE);
    process.stdout.write(
      `corrupted variants: ${result.count} (seed 0x${result.seed.toString(16)}), ${result.pwshChecked} checked in pwsh, ${result.differences.length} different; ` +
        `generate ${result.generateMs} ms, Node ${result.nodeMs} ms, pwsh ${result.pwshMs} ms, total ${result.totalMs} ms; ` +
        `verdicts ${JSON.stringify(result.outcomes)}; finding IDs ${result.findingIds.join(' ')}\n`,
    );
    const shown = result.differences.slice(0, 3).map((d) => `${d.name} [${d.mutations.join('; ')}]\n  node: ${d.node.slice(0, 400)}\n  ps:   ${d.ps.slice(0, 400)}`);
    expect(shown).toEqual([]);
    expect(result.count).toBeGreaterThanOrEqual(2000);
    expect(result.pwshChecked).toBe(Math.ceil(result.count / PWSH_STRIDE));
  }, 3_600_000);

  it('are really corrupted in many ways: every verdict, and most finding IDs', () => {
    expect(Object.keys(result.outcomes).sort()).toEqual(expect.arrayContaining(['Corrupted', 'Degraded', 'Healthy', 'ThirdPartyPresent']));
    expect(result.outcomes.Corrupted).toBeGreaterThan(result.count / 2);
    for (const id of ['W2D2001', 'W2D2002', 'W2D2003', 'W2D2004', 'W2D2005', 'W2D2006', 'W2D2007', 'W2D2008', 'W2D2009', 'W2D2010', 'W2D2011', 'W2D2012', 'W2D2015', 'W2D2016', 'W2D2017', 'W2D2019', 'W2D2020', 'W2D2024', 'W2D2025', 'W2D2028', 'W2D2029', 'W2D2030']) {
      expect(result.findingIds).toContain(id);
    }
  });
});
