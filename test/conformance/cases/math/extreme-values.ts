// Math on extreme values: MAX_SAFE_INTEGER, 1.7976931348623157e308, 5e-324, Infinity arithmetic.
// Pitfall: overflow to Infinity and underflow to 0 must match; Infinity - Infinity is NaN.
export function main(): string[] {
  const big = 1.7976931348623157e308;
  const tiny = 5e-324;
  const inf = big * 2;
  return [
    String(big * 2), String(-big * 2), String(tiny / 2), String(tiny * 0.5), String(inf - inf), String(inf * 0), String(Math.floor(inf)),
    String(Math.round(-inf)), String(Number.MAX_SAFE_INTEGER + 1), String(Math.sqrt(inf)), String(Math.pow(big, 2)), String(1 / inf),
  ];
}
