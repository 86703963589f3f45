// n.toString(16) and n.toString() of small, large (>= 2^31, 2^32, 2^53) and negative integers.
// Pitfall: .ToString('x') gives two's complement for negatives ('ffffffff') and fails for doubles; JS gives '-1'.
export function main(): { hex: string[]; dec: string[] } {
  const vals = [0, 1, 15, 16, 255, 4095, 0x7fffffff, 0x80000000, 0xffffffff, 4294967296, 9007199254740991, -1, -255, -2147483648, 0xdeadbeef, 1e21, -0];
  const hex: string[] = [];
  const dec: string[] = [];
  for (const v of vals) {
    hex.push(v.toString(16));
    dec.push(v.toString());
  }
  hex.push((0xdeadbeef | 0).toString(16), ((0xdeadbeef | 0) >>> 0).toString(16), (-1 >>> 0).toString(16));
  return { hex, dec };
}
