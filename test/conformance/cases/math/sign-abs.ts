// Math.sign and Math.abs on positives, negatives, zeros, NaN and int32 extremes.
// Pitfall: [Math]::Abs([int]::MinValue) throws OverflowException; [Math]::Sign(NaN) throws.
export function main(): { sign: string[]; abs: number[] } {
  const zero = 0;
  const xs = [5, -5, 0, -0, 0.001, -1e-300, zero / zero, -2147483648, 2147483648, -1 / zero];
  const sign: string[] = [];
  const abs: number[] = [];
  for (const x of xs) {
    sign.push(String(Math.sign(x)));
    abs.push(Math.abs(x));
  }
  sign.push(String(1 / Math.sign(-0)));
  return { sign, abs };
}
