// parseInt with radix 10 and 16: prefixes, signs, whitespace, trailing garbage, empty, fractions.
// Pitfall: [Convert]::ToInt32(s, 16) throws on garbage and rejects signs/prefixes differently.
export function main(): { r10: string[]; r16: string[] } {
  const inputs = ['42', '  42  ', '-42', '+42', '42abc', 'abc', '', '0x1F', '1F', 'ff', 'FF', '-ff', '3.99', '1e3', '0', '-0', '007', '4294967296', '9007199254740993', '\t\n12'];
  const r10: string[] = [];
  const r16: string[] = [];
  for (const s of inputs) {
    r10.push(String(parseInt(s, 10)));
    r16.push(String(Number.parseInt(s, 16)));
  }
  return { r10, r16 };
}
