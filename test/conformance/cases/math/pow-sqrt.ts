// Math.pow and Math.sqrt: integer powers, fractional and negative exponents, 0^0, NaN cases, large results.
// Pitfall: results must be doubles formatted like JS (1e+21, not 1E+21); pow(-8, 1/3) is NaN.
export function main(): string[] {
  const vals = [
    Math.pow(2, 10), Math.pow(2, 31), Math.pow(2, 32), Math.pow(2, 53), Math.pow(2, 0.5), Math.pow(2, -1), Math.pow(0, 0),
    Math.pow(-8, 1 / 3), Math.pow(10, 21), Math.pow(10, -7), Math.pow(-2, 3), Math.pow(1, 1e10), Math.pow(0, -1),
    Math.sqrt(2), Math.sqrt(16), Math.sqrt(-1), Math.sqrt(0), Math.sqrt(1e100), Math.sqrt(0.25), Math.pow(1.1, 2),
  ];
  return vals.map((v) => String(v));
}
