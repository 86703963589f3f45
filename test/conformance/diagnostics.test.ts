/**
 * Every construct outside the subset gets its coded diagnostic at the annotated line (and column,
 * where given): `// @expect PSC1009` or `// @expect PSC1009:12` on the line where the node starts.
 * The check goes both ways: no expected diagnostic missing, no unexpected one reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../codegen/compiler.js';
import { repoRoot } from '../../tools/toolchain.js';
import { snippetFiles, relativeToRepo } from './files.js';

interface Expected {
  code: string;
  line: number;
  column?: number;
}

function expectations(file: string): Expected[] {
  const out: Expected[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      for (const m of text.matchAll(/@expect (PSC\d{4})(?::(\d+))?/g)) out.push({ code: m[1], line: i + 1, column: m[2] ? Number(m[2]) : undefined });
    });
  return out;
}

const files = snippetFiles('diagnostics');
const result = compile(repoRoot, files);

describe('diagnostics: coded, positioned, all reported in one run', () => {
  it('has a diagnostics snippet for every unsupported construct named by the platform issue', () => {
    const codes = new Set(files.flatMap((f) => expectations(f).map((e) => e.code)));
    for (const c of ['PSC1002', 'PSC1003', 'PSC1004', 'PSC1005', 'PSC1006', 'PSC1007', 'PSC1008', 'PSC1009']) expect(codes).toContain(c);
  });

  it.each(files.map((f) => [relativeToRepo(f), f]))('%s', (rel, file) => {
    const expected = expectations(file);
    expect(expected.length).toBeGreaterThan(0);
    const actual = result.diagnostics.filter((d) => d.file === rel);
    const describeD = (d: { code: string; line: number; column?: number }) => `${d.code}@${d.line}${d.column ? ':' + d.column : ''}`;
    const missing = expected.filter((e) => !actual.some((a) => a.code === e.code && a.line === e.line && (e.column === undefined || a.column === e.column)));
    // A second diagnostic of an annotated code on the same line (two regexes on one line) is expected too.
    const unexpected = actual.filter((a) => !expected.some((e) => a.code === e.code && a.line === e.line));
    expect({ missing: missing.map(describeD), unexpected: unexpected.map((a) => `${describeD(a)} ${a.message}`) }).toEqual({ missing: [], unexpected: [] });
  });
});
