// Sorting 5,000 pseudo-random numbers (Park-Miller LCG, products below 2^53) with a comparator, then checking order.
// Pitfall: comparator calls through script blocks are slow; a stable O(n log n) sort is needed.
export function main(): { first: number[]; last: number[]; sorted: boolean; sum: number } {
  let seed = 12345;
  const xs: number[] = [];
  for (let i = 0; i < 5000; i++) {
    seed = (seed * 48271) % 2147483647;
    xs.push(seed % 100000);
  }
  xs.sort((a, b) => a - b);
  let sorted = true;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    sum += xs[i];
    if (i > 0 && xs[i - 1] > xs[i]) {
      sorted = false;
    }
  }
  return { first: xs.slice(0, 5), last: xs.slice(-5), sorted, sum };
}
