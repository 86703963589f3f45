/**
 * Which findings a step fixed: IDs whose count (within the step's catalog, or overall for findings
 * without a catalog) went down from before the step to after it.
 */
import type { Finding } from '../model/finding.js';

function countById(findings: Finding[], catalog: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) {
    if (catalog !== '' && f.catalog !== null && f.catalog !== catalog) continue;
    m.set(f.id, (m.get(f.id) ?? 0) + 1);
  }
  return m;
}

export function fixedFindingIds(before: Finding[], after: Finding[], catalog: string): string[] {
  const b = countById(before, catalog);
  const a = countById(after, catalog);
  const out: string[] = [];
  for (const [id, n] of b) {
    if ((a.get(id) ?? 0) < n) out.push(id);
  }
  return out.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Distinct IDs of the Error and Warning findings, sorted. */
export function problemIds(findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (f.severity !== 'Info' && !out.includes(f.id)) out.push(f.id);
  }
  return out.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
