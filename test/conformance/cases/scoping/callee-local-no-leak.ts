// A callee's local with the same name as the caller's local must not change or read the caller's.
// Pitfall: PowerShell dynamic scoping: a callee reading $total before setting it sees the caller's $total.
function sumTwice(values: number[]): number {
  let total = 0;
  for (const v of values) {
    total += v;
  }
  return total * 2;
}
function readsBeforeSet(flag: boolean): string {
  let label: string | undefined;
  if (flag) {
    label = 'set';
  }
  return label === undefined ? 'unset' : label;
}
export function main(): (number | string)[] {
  let total = 1000;
  const label = 'caller label';
  const r = sumTwice([1, 2, 3]);
  total += 1;
  return [total, r, readsBeforeSet(false), readsBeforeSet(true), label];
}
