// Numeric literal forms: hex, octal, binary, separators, exponents, leading/trailing dot.
// Pitfall: PowerShell has no 0o/0b/_ forms and types 0xFFFFFFFF as int32 -1; every literal must keep its JS value.
export function main(): { values: number[]; text: string[] } {
  const values: number[] = [
    0xff, 0xFF, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0o17, 0b1010, 0b11111111111111111111111111111111,
    1_000_000, 1e3, 1E3, 2.5e-3, .5, 5., 0.1, 1e21, 1e-7, 123456789012345, 0x1fffffffffffff,
  ];
  const text: string[] = [];
  for (const v of values) {
    text.push(String(v));
  }
  return { values, text };
}
