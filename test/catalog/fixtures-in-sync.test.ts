/**
 * The committed fixtures are exactly what the builder produces (so they never drift from the
 * reference facts in test/fixtures/build/). On failure: `npx tsx test/fixtures/build/main.ts`,
 * review the diff, commit.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, buildFixtureFile } from '../fixtures/build/files.js';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

describe('committed fixtures equal the builder output', () => {
  for (const spec of FIXTURES) {
    it(`${spec.name}.reg`, () => {
      const file = path.join(fixturesDir, `${spec.name}.reg`);
      expect(existsSync(file), `${file} is missing: run npx tsx test/fixtures/build/main.ts`).toBe(true);
      const committed = readFileSync(file);
      const built = Buffer.from(buildFixtureFile(spec));
      expect(committed.equals(built), `${spec.name}.reg differs from the builder: run npx tsx test/fixtures/build/main.ts`).toBe(true);
    });
  }
  it('every .reg file in test/fixtures comes from the builder, and the README lists each', () => {
    const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.reg')).sort();
    expect(files).toEqual(FIXTURES.map((f) => `${f.name}.reg`).sort());
    const readme = readFileSync(path.join(fixturesDir, 'README.md'), 'utf8');
    for (const f of FIXTURES) expect(readme).toContain(`\`${f.name}.reg\``);
  });
});
