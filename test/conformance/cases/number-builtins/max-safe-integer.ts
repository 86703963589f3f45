// Number.MAX_SAFE_INTEGER and arithmetic around it: +1, +2, comparisons, toString(16), isInteger.
// Pitfall: [long] arithmetic past 2^53 is exact in .NET but not in JS doubles.
export function main(): (number | string | boolean)[] {
  const m = Number.MAX_SAFE_INTEGER;
  return [m, m + 1, m + 2, m + 1 === m + 2, m.toString(16), String(m * 2), Number.isInteger(m + 0.5), m - 1, -m, m % 1000];
}
