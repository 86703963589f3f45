// Reading past the end of an array gives undefined (no exception); the result is tested with === undefined.
// Pitfall: List[object] indexer throws ArgumentOutOfRangeException; PowerShell arrays return $null.
function at(xs: number[], i: number): number | undefined {
  return xs[i];
}
export function main(): boolean[] {
  const xs = [1, 2, 3];
  const empty: number[] = [];
  return [at(xs, 3) === undefined, at(xs, 100) === undefined, at(empty, 0) === undefined, at(xs, 2) === 3, 'abc'[5] === undefined];
}
