// Where JS switches to exponent notation: exactly 1e21 and below 1e-6, for positive and negative values.
// Pitfall: .NET switches at different points (E+15 in "G", E-05 in "R").
export function main(): string[] {
  const vals = [
    1e20, 1e21, 999999999999999999999, 123456789012345680000, 1.2345678901234568e21, 1e-6, 1e-7, 0.0000012345,
    0.00000012345, -1e21, -1e-7, 1e15, 1e16, 1e17, 123456789012345678, 0.00001, 0.0001, 2e-7, 1.5e300, 1e-300,
  ];
  const out: string[] = [];
  for (const v of vals) {
    out.push(String(v));
  }
  return out;
}
