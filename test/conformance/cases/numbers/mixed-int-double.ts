// Mixing integer-valued and fractional numbers; integral doubles print without a decimal point.
// Pitfall: [double] 5 prints "5" but must also JSON as 5, and equal the int 5.
export function main(): { values: number[]; text: string[]; eq: boolean[] } {
  const values = [3 + 0.5, 2.5 * 2, (10 / 4) * 2, 0.5 + 0.5, 1e3 + 1, 7 - 0.5 - 0.5, 1.5 + 1.5, 1e2 * 1e2, 2.5 * 4 - 10];
  const text: string[] = [];
  for (const v of values) {
    text.push(String(v));
  }
  const eq = [2.5 * 2 === 5, 0.5 + 0.5 === 1, 1e2 === 100, 1.0 === 1, 0.1 + 0.2 === 0.3, 0.5 + 0.25 === 0.75];
  return { values, text, eq };
}
