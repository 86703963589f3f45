// Number.isInteger and Number.isNaN on integers, integral doubles, fractions, huge values, NaN and Infinity.
// Pitfall: checking the .NET type ([int] vs [double]) instead of the value; isNaN must not coerce.
export function main(): { isInt: boolean[]; isNan: boolean[] } {
  const zero = 0;
  const xs = [5, 5.0, 5.5, -0, 1e300, 0.1 + 0.2, zero / zero, 1 / zero, 2147483648, 9007199254740993, 10 / 4 * 2, -3.0000000000000001];
  const isInt: boolean[] = [];
  const isNan: boolean[] = [];
  for (const x of xs) {
    isInt.push(Number.isInteger(x));
    isNan.push(Number.isNaN(x));
  }
  return { isInt, isNan };
}
