/** Issue 5 (first slice): the verdict and the exact findings of every catalog fixture; the finding-code table. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../../src/core/report/build-report.js';
import { FINDING_CODES, makeFinding } from '../../src/core/checks/finding-codes.js';
import { repoRoot } from '../../tools/toolchain.js';
import { EXPECTED } from './fixtures.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures');

function brief(f: { id: string; catalog: string | null; entryKey: string | null; catalogEntryId: number | null }): string {
  return `${f.id} ${f.catalog ?? '-'} ${f.entryKey ?? (f.catalogEntryId === null ? '-' : String(f.catalogEntryId))}`;
}

describe('finding-code table', () => {
  it('has unique, sequential W2D2nnn IDs with every column filled', () => {
    FINDING_CODES.forEach((c, i) => {
      expect(c.id).toBe(`W2D${2001 + i}`);
      expect(['Error', 'Warning', 'Info']).toContain(c.severity);
      expect(c.message.length).toBeGreaterThan(10);
      expect(c.kbSymptom.length).toBeGreaterThan(3);
      expect(c.repair.length).toBeGreaterThan(10);
    });
  });

  it('fills message templates and rejects unknown IDs', () => {
    const f = makeFinding('W2D2002', 'Protocol64', null, null, ['Num_Catalog_Entries64', '14', '13']);
    expect(f.message).toBe('Num_Catalog_Entries64 says 14 entries but the catalog has 13 entry keys.');
    expect(f.severity).toBe('Error');
    expect(() => makeFinding('W2D2999', null, null, null, [])).toThrow(/W2D2999/);
  });
});

describe('testCatalog on every fixture', () => {
  it('covers every .reg and decodable netsh fixture', () => {
    const files = [
      ...readdirSync(fixtures).filter((f) => f.endsWith('.reg')),
      ...readdirSync(path.join(fixtures, 'netsh')).filter((f) => f.endsWith('.txt') && !f.startsWith('garbage')).map((f) => `netsh/${f}`),
    ].sort();
    expect(EXPECTED.map((e) => e.file).sort()).toEqual(files);
  });

  for (const e of EXPECTED) {
    it(`${e.file}: ${e.verdict}, ${e.findings.length} finding(s)`, () => {
      const { report, findings } = testCatalog(path.join(fixtures, e.file), true);
      expect(findings.map(brief)).toEqual(e.findings);
      expect(report.verdict).toBe(e.verdict);
      expect(report.errors + report.warnings + report.infos).toBe(findings.length);
    });
  }

  it('netsh sources give no counter or key findings (netsh has neither)', () => {
    for (const e of EXPECTED.filter((x) => x.file.startsWith('netsh/'))) {
      const { findings } = testCatalog(path.join(fixtures, e.file), true);
      expect(findings.filter((f) => ['W2D2001', 'W2D2002', 'W2D2003', 'W2D2004'].includes(f.id))).toEqual([]);
    }
  });

  it('returns findings only when detailed, and a report with counts per catalog', () => {
    const { report, findings } = testCatalog(path.join(fixtures, 'win10-x64-lsp-orphaned.reg'));
    expect(findings).toEqual([]);
    expect(report).toMatchObject({ verdict: 'Corrupted', errors: 8, warnings: 0, protocol64Entries: 18, protocol32Entries: 18, nameSpace64Entries: 5, nameSpace32Entries: 5, lsps: 0, osProfile: 'Win8to11', dllCheck: 'NotChecked' });
    expect(report.summary).toContain('W2D2010');
    expect(testCatalog(path.join(fixtures, 'win10-x64-lsp.reg')).report.lsps).toBe(2);
  });

  it('every finding carries the table row of its ID', () => {
    const { findings } = testCatalog(path.join(fixtures, 'win10-x64-values-damaged.reg'), true);
    for (const f of findings) {
      const code = FINDING_CODES.find((c) => c.id === f.id)!;
      expect([f.severity, f.kbSymptom, f.repair]).toEqual([code.severity, code.kbSymptom, code.repair]);
    }
  });
});
