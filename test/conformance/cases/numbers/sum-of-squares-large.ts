// Integer sums that pass 2^31 and 2^32 inside a loop.
// Pitfall: an [int] accumulator must become a double, not overflow or throw.
export function main(): { sum: number; sumSq: number; sumCubes: number; text: string[] } {
  let sum = 0;
  let sumSq = 0;
  let sumCubes = 0;
  for (let i = 1; i <= 3000; i++) {
    sum += i;
    sumSq += i * i;
    sumCubes += i * i * i;
  }
  return { sum, sumSq, sumCubes, text: [String(sum), String(sumSq), String(sumCubes)] };
}
