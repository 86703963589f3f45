// String methods return new strings; the original is unchanged and can be reused.
// Pitfall: lowered code must not mutate a shared value (e.g. StringBuilder reuse).
export function main(): string[] {
  const s = ' Mixed Case ';
  const t = s.trim();
  const u = t.toUpperCase();
  const r = u.replaceAll('E', '3');
  const p = r.padEnd(15, '.');
  return [s, t, u, r, p, s.slice(1, 4), s];
}
