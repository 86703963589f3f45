// Math functions applied to numbers parsed from strings (Number, parseInt) including NaN inputs.
// Pitfall: [Math]::Floor on a string argument would coerce culture-dependently; NaN must propagate.
export function main(): string[] {
  const inputs = ['2.5', '-2.5', '1e3', 'abc', '', '0x10', '  7.9  '];
  const out: string[] = [];
  for (const s of inputs) {
    const n = Number(s);
    out.push(`${s}|${Math.floor(n)}|${Math.round(n)}|${Math.abs(n)}|${Math.max(n, 0)}`);
  }
  return out;
}
