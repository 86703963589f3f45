// Math.round rounds .5 up (towards +Infinity): 2.5 -> 3, -2.5 -> -2, -0.5 -> -0, 0.49999999999999994 -> 0.
// Pitfall: [Math]::Round uses banker's rounding (2.5 -> 2) and Floor(x + 0.5) fails on 0.49999999999999994.
export function main(): { values: number[]; negZero: boolean[] } {
  const inputs = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -3.5, 0.49999999999999994, -0.49999999999999994, 2.4, -2.6, 4503599627370495.5, 1e21, 5e-324, -5e-324];
  const values: number[] = [];
  for (const x of inputs) {
    values.push(Math.round(x));
  }
  return { values, negZero: [1 / Math.round(-0.5) < 0, 1 / Math.round(-0.2) < 0, 1 / Math.round(0.2) > 0] };
}
