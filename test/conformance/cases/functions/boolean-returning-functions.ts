// Functions returning booleans used in conditions, stored in arrays and negated.
// Pitfall: a PowerShell function returning $false plus stray output would be a truthy array.
function positive(n: number): boolean {
  return n > 0;
}
function both(a: number, b: number): boolean {
  const pa = positive(a);
  const pb = positive(b);
  return pa && pb;
}
export function main(): (boolean | string)[] {
  const r: (boolean | string)[] = [positive(1), positive(-1), both(1, 2), both(1, -2), !positive(0)];
  if (both(3, 4)) {
    r.push('both');
  }
  if (!both(-3, 4)) {
    r.push('not both');
  }
  return r;
}
