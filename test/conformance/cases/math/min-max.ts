// Math.min/max with 1, 2 and many arguments, negatives, NaN (result NaN), -0 vs 0, no arguments (±Infinity).
// Pitfall: [Math]::Max takes exactly two arguments of one type; NaN handling differs.
export function main(): { values: number[]; text: string[] } {
  const zero = 0;
  const values = [
    Math.min(3), Math.max(3), Math.min(1, 2), Math.max(1, 2), Math.min(5, -3, 8, 0), Math.max(5, -3, 8, 0),
    Math.min(-1.5, -1.4), Math.max(2147483648, 2147483647), Math.min(1, zero / zero), Math.max(zero / zero, 1), Math.min(), Math.max(),
  ];
  const text = values.map((v) => String(v));
  text.push(String(1 / Math.min(0, -0)), String(1 / Math.max(-0, 0)));
  return { values, text };
}
