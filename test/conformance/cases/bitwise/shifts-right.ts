// >> is arithmetic (sign-propagating) on int32; >>> is logical and yields uint32 (0..4294967295).
// Pitfall: PowerShell has no >>> and -shr on [uint32]/[long] differ; -1 >>> 0 must be 4294967295.
export function main(): { sar: number[]; shr: number[] } {
  const sar: number[] = [];
  const shr: number[] = [];
  const values = [-1, -5, 5, 0x80000000, 0xffffffff, 0x7fffffff, -2147483648, 4294967296 + 8, -0.5, 1e10];
  for (const v of values) {
    sar.push(v >> 1, v >> 31, v >> 32);
    shr.push(v >>> 0, v >>> 1, v >>> 28, v >>> 31, v >>> 32);
  }
  return { sar, shr };
}
