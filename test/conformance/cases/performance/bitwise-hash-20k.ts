// 20,000 rounds of a 32-bit mixing function (xor, shifts, >>> 0) over a counter: int32/uint32 in a hot loop.
// Pitfall: helper calls for JS int32 semantics must stay cheap enough for 20k iterations.
export function main(): { h: number; hex: string; ones: number } {
  let h = 0x9e3779b9;
  let ones = 0;
  for (let i = 0; i < 20000; i++) {
    h ^= i;
    h = (h ^ (h >>> 16)) >>> 0;
    h = (h + (h << 3)) | 0;
    h ^= h >>> 11;
    h = (h + (h << 15)) >>> 0;
    if ((h & 1) === 1) {
      ones++;
    }
  }
  return { h, hex: h.toString(16), ones };
}
