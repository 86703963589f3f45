// A callee's `let` without an initializer is undefined even when the caller has a variable of that name set.
// Pitfall: a PowerShell function that reads $result before assigning it would see the caller's $result.
function pick(flag: boolean): string {
  let result: string | undefined;
  if (flag) {
    result = 'picked';
  }
  return result ?? 'nothing';
}
function count(items: number[]): number {
  let n: number | undefined;
  for (const i of items) {
    n = (n ?? 0) + i;
  }
  return n ?? -1;
}
export function main(): (string | number)[] {
  const result = 'caller result';
  const n = 77;
  return [pick(false), pick(true), count([]), count([5, 5]), result, n];
}
