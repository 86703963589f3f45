// floor, ceil and trunc on positive and negative fractions, integers, huge values and -0.
// Pitfall: [int] casts round instead of truncating; Ceiling(-0.5) is -0 in both, which prints "0".
export function main(): { floor: number[]; ceil: number[]; trunc: number[]; negZero: boolean[] } {
  const xs = [1.7, -1.7, 1.2, -1.2, 5, -5, 0.5, -0.5, 2147483648.5, -2147483648.5, 1e21 + 0.5, 4294967295.9];
  const floor: number[] = [];
  const ceil: number[] = [];
  const trunc: number[] = [];
  for (const x of xs) {
    floor.push(Math.floor(x));
    ceil.push(Math.ceil(x));
    trunc.push(Math.trunc(x));
  }
  return { floor, ceil, trunc, negZero: [1 / Math.ceil(-0.5) < 0, 1 / Math.trunc(-0.9) < 0, 1 / Math.floor(-0) < 0] };
}
