// Testing, setting and clearing flag bits, including bit 31, with masks built from shifts.
// Pitfall: (x & mask) !== 0 vs === mask when mask is negative as int32.
function has(flags: number, bit: number): boolean {
  return (flags & (1 << bit)) !== 0;
}
export function main(): { bits: boolean[]; set: number[]; cleared: number[]; popcounts: number[] } {
  let flags = 0;
  const set: number[] = [];
  for (const b of [0, 3, 16, 31]) {
    flags |= 1 << b;
    set.push(flags, flags >>> 0);
  }
  const bits: boolean[] = [];
  for (let b = 0; b < 32; b += 3) {
    bits.push(has(flags, b));
  }
  bits.push(has(flags, 31));
  const cleared: number[] = [];
  cleared.push(flags & ~(1 << 31), flags & ~1, (flags & ~(1 << 3)) >>> 0);
  const popcounts: number[] = [];
  for (const v of [0, 1, 0xff, 0xffffffff, 0x80000000, -1, 0x55555555]) {
    let x = v >>> 0;
    let c = 0;
    while (x !== 0) {
      c += x & 1;
      x = x >>> 1;
    }
    popcounts.push(c);
  }
  return { bits, set, cleared, popcounts };
}
