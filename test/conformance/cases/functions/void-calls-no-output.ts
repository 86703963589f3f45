// Calls whose results are ignored (push, Map.set, a value-returning function) must not leak into results.
// Pitfall: in PowerShell, List.Add returns nothing but other calls and expressions write to the pipeline.
function compute(x: number): number {
  return x * 2;
}
function work(arr: number[]): number[] {
  compute(1);
  arr.push(1);
  arr.indexOf(1);
  const m = new Map<string, number>();
  m.set('a', 1);
  m.delete('a');
  arr.pop();
  arr.push(2, 3);
  'ignored'.toUpperCase();
  arr.reverse();
  return arr;
}
export function main(): number[][] {
  return [work([]), work([0])];
}
