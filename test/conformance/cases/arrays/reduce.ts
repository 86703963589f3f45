// reduce with an initial value: sums, strings, building arrays and objects, using the index.
// Pitfall: an accumulator that is an array must stay one array (no unrolling between iterations).
interface Stats {
  min: number;
  max: number;
  count: number;
}
export function main(): { sum: number; str: string; pairs: number[][]; stats: Stats; emptySum: number; indexSum: number; flat: number[] } {
  const xs = [4, -2, 9, 0];
  return {
    sum: xs.reduce((a, b) => a + b, 0),
    str: xs.reduce((a, b) => a + String(b), '>'),
    pairs: xs.reduce((acc: number[][], x, i) => {
      acc.push([i, x]);
      return acc;
    }, []),
    stats: xs.reduce((s: Stats, x) => ({ min: Math.min(s.min, x), max: Math.max(s.max, x), count: s.count + 1 }), { min: 1e9, max: -1e9, count: 0 }),
    emptySum: ([] as number[]).reduce((a, b) => a + b, 100),
    indexSum: xs.reduce((a, _x, i) => a + i, 0),
    flat: [[1, 2], [], [3]].reduce((acc: number[], a) => acc.concat(a), []),
  };
}
