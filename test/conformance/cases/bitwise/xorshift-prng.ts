// A seeded xorshift32 generator: x ^= x << 13; x ^= x >>> 17; x ^= x << 5; 30 outputs as uint32.
// Pitfall: shifts on negative int32 state and uint32 conversion, every step wrapping like JS.
export function main(): number[] {
  let x = 2463534242;
  const out: number[] = [];
  for (let i = 0; i < 30; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(x >>> 0);
  }
  return out;
}
