// Recursion 400 levels deep (sum of a list, depth counter), well within JS and PowerShell limits.
// Pitfall: per-call scope creation cost and call-depth limits in the emitted code.
function sumTo(n: number): number {
  if (n === 0) {
    return 0;
  }
  return n + sumTo(n - 1);
}
function depth(arr: number[], i: number): number {
  return i >= arr.length ? 0 : 1 + depth(arr, i + 1);
}
export function main(): number[] {
  const arr: number[] = [];
  for (let i = 0; i < 400; i++) {
    arr.push(i);
  }
  return [sumTo(400), depth(arr, 0)];
}
