// Number(x) on strings: whitespace trimmed, '' and ' ' are 0, hex/binary/octal prefixes, exponents, signs, garbage is NaN.
// Pitfall: [double]::Parse is culture-dependent, accepts thousands separators and rejects '0x10' and ''.
export function main(): string[] {
  const inputs = ['  12  ', '', ' ', '\n\t', '12px', '0x10', '0X1f', '0b101', '0o17', '1e3', '1E-2', '-5', '+5', '.5', '5.', '1,000', '1_000', 'Infinity', '-Infinity', 'infinity', 'NaN', '00012', '-0', '0.1e1', '1e1000', '٣'];
  const out: string[] = [];
  for (const s of inputs) {
    out.push(String(Number(s)));
  }
  return out;
}
