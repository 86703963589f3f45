// Parsing a hex string two digits at a time with parseInt(.., 16), with mixed case and validation via isNaN.
// Pitfall: parseInt of invalid hex yields NaN (not an exception) and partial digits parse a prefix.
function parseHex(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i += 2) {
    const b = parseInt(s.slice(i, i + 2), 16);
    out.push(Number.isNaN(b) ? -1 : b);
  }
  return out;
}
export function main(): number[][] {
  return [parseHex('00ff7F80'), parseHex('DEADbeef'), parseHex('zz1g'), parseHex(''), parseHex('abc')];
}
