// Values at and above 0x80000000 / 0xFFFFFFFF in ordinary (non-bitwise) arithmetic.
// Pitfall: PowerShell types 0x80000000 and 0xFFFFFFFF literals as negative int32.
export function main(): { values: number[]; text: string[]; compare: boolean[] } {
  const a = 0x80000000;
  const b = 0xffffffff;
  const values = [a, b, a + 1, b + 1, a * 2, b * b, b - a, a / 2, b / 2, b % 1000, a - b, 0x7fffffff + 0x7fffffff, 0x100000000 - 1];
  const text: string[] = [];
  for (const v of values) {
    text.push(String(v));
  }
  const compare = [a > 0, b > a, b > 0x7fffffff, -a < 0, a === 2147483648, b === 4294967295];
  return { values, text, compare };
}
