// ?: choosing between values and null/undefined based on explicit checks; results used later.
// Pitfall: a branch yielding $null in PowerShell must still produce a value slot (not vanish from arrays).
function lookup(xs: string[], i: number): string | undefined {
  return i >= 0 && i < xs.length ? xs[i] : undefined;
}
export function main(): (string | null | undefined)[] {
  const xs = ['a', 'b'];
  const out: (string | null | undefined)[] = [];
  for (const i of [-1, 0, 1, 2]) {
    const v = lookup(xs, i);
    out.push(v);
    out.push(v === undefined ? null : v.toUpperCase());
  }
  return out;
}
