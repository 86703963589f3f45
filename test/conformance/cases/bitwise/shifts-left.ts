// << uses the low 5 bits of the count and yields an int32 (1 << 31 is negative, 1 << 32 is 1).
// Pitfall: PowerShell -shl on [int] uses the count mod 32 too, but [long] operands do not wrap to int32.
export function main(): number[] {
  const out: number[] = [];
  for (const n of [0, 1, 15, 16, 30, 31, 32, 33, 63, 64, -1]) {
    out.push(1 << n);
  }
  out.push(0xffffffff << 1, 0x80000000 << 1, 0x40000000 << 1, 3 << 31, 4294967296 << 1, -5 << 2, 1.9 << 1);
  return out;
}
