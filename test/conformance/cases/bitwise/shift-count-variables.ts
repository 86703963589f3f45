// Shift counts that come from variables, computations, negatives and values >= 32.
// Pitfall: .NET masks int shift counts by 31 but long counts by 63.
export function main(): number[] {
  const out: number[] = [];
  const v = 0x12345678;
  const big = 0x87654321;
  for (let s = -2; s <= 40; s += 6) {
    out.push(v << s, v >> s, v >>> s, big << s, big >> s, big >>> s);
  }
  return out;
}
