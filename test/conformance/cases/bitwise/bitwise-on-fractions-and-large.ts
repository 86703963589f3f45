// ToInt32 on fractions, negatives, values beyond 2^32 and beyond 2^53, NaN and Infinity (all become int32).
// Pitfall: [int] casts round (banker's) and throw on overflow; JS truncates and wraps modulo 2^32.
export function main(): number[] {
  const zero = 0;
  const vals = [2.5, 3.5, -2.5, -3.5, 0.9, -0.9, 4294967296.7, 4294967295.2, 9007199254740993, 1e20, -1e20, 0 / zero, 1 / zero, -1 / zero, 2147483647.9, -2147483648.9, 6442450943];
  const out: number[] = [];
  for (const v of vals) {
    out.push(v | 0, v >>> 0);
  }
  return out;
}
