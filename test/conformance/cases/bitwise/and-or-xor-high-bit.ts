// & | ^ on operands >= 0x80000000: JS converts both to int32, the result is a signed int32.
// Pitfall: PowerShell -band/-bor on [long]/[uint32] keep 64-bit unsigned results (e.g. 4294967295 instead of -1).
export function main(): number[] {
  const hi = 0x80000000;
  const all = 0xffffffff;
  const dead = 0xdeadbeef;
  return [
    hi & all, hi | 0, all | 0, all & 0xff, dead & 0xffff0000, dead | 0x0f, dead ^ all, dead ^ 0, hi ^ hi, all & all,
    0x7fffffff | hi, 4294967296 | 0, 4294967297 & 0xf, -1 & 0xffffffff, -1 | 0, 1e10 | 0, 2147483648.5 | 0,
  ];
}
