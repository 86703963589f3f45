// The >>> 0 idiom turning int32 results back into uint32, as used for flags and checksums.
// Pitfall: mixing -band results (negative int32) with uint32 constants in comparisons.
function toU32(x: number): number {
  return x >>> 0;
}
export function main(): { values: number[]; checks: boolean[] } {
  const flags = 0x80000001;
  const masked = flags & 0x80000000;
  const values = [toU32(masked), toU32(flags | 2), toU32(~0), toU32(-2), toU32(flags ^ 0xffffffff), masked];
  const checks = [masked === 0x80000000, toU32(masked) === 0x80000000, (flags & 1) === 1, (flags & 0x80000000) !== 0, toU32(-1) === 0xffffffff];
  return { values, checks };
}
