// Callbacks reading outer locals, parameters, module-level constants and calling module functions.
// Pitfall: script blocks must resolve these names to the right scope, not to same-named variables elsewhere.
const FACTOR = 3;
function scale(x: number, by: number): number {
  return x * by;
}
function run(xs: number[], threshold: number): number[] {
  const bonus = 1;
  return xs.filter((x) => x > threshold).map((x) => scale(x, FACTOR) + bonus);
}
export function main(): number[][] {
  const threshold = 100;
  return [run([1, 5, 10], 4), run([], 0), run([2], 1), [threshold]];
}
