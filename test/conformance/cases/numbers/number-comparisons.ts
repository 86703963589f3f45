// Relational operators on numbers, including NaN, -0, Infinity and int/long/double mixes.
// Pitfall: comparisons between [int], [long] and [double] operands; NaN is never ordered.
export function main(): boolean[] {
  const nan = 0 / 0;
  const inf = 1 / 0;
  const big = 4294967296;
  const small = 3;
  const frac = 2.9999999;
  return [
    nan < 1, nan > 1, nan <= nan, nan >= nan, nan === nan, nan !== nan,
    -0 < 0, -0 <= 0, inf > 1e308, -inf < -1e308, inf === inf,
    big > small, small < big, frac < small, small > frac, 9007199254740993 > 9007199254740992,
    0x80000000 > 0x7fffffff, -2147483649 < -2147483648, 0.1 + 0.2 > 0.3, 1 <= 1.0, 2 >= 2.0000000000000001,
  ];
}
