// Building a 20,000-element array with push, then filter/map/reduce over it and a join of a slice.
// Pitfall: $arr += $x is O(n^2); List[object].Add and no pipeline are required to stay fast.
export function main(): { len: number; evens: number; sum: number; head: string } {
  const xs: number[] = [];
  for (let i = 0; i < 20000; i++) {
    xs.push((i * 37) % 1000);
  }
  const evens = xs.filter((x) => x % 2 === 0).length;
  const sum = xs.map((x) => x * 2).reduce((a, b) => a + b, 0);
  return { len: xs.length, evens, sum, head: xs.slice(0, 10).join(',') };
}
