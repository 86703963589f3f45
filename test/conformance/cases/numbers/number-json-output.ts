// How numbers come out in JSON: NaN and Infinity become null, -0 becomes 0, exponents as JS writes them.
// Pitfall: values leave PowerShell through the runtime's JSON writer, not ConvertTo-Json.
export function main(): { list: number[]; obj: { nan: number; inf: number; negInf: number; negZero: number; tiny: number; huge: number } } {
  const zero = 0;
  const list = [0 / zero, 1 / zero, -1 / zero, -0, 5e-324, 1e21, 1e-7, 0.1 + 0.2, 18446744073709551616, 1.5, 100, -2147483648];
  return { list, obj: { nan: 0 / zero, inf: 1 / zero, negInf: -1 / zero, negZero: -0, tiny: 1e-300, huge: 1e300 } };
}
