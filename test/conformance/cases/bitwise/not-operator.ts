// Bitwise NOT on small, negative, large and fractional values: ~x === -(ToInt32(x)) - 1.
// Pitfall: PowerShell -bnot on [long] or [uint32] gives 64-bit results; ~~x as truncation.
export function main(): number[] {
  return [~0, ~1, ~-1, ~5, ~0xffffffff, ~0x80000000, ~0x7fffffff, ~4294967296, ~2.7, ~-2.7, ~~3.9, ~~-3.9, ~~2147483648.5, ~~1e10, ~~-0];
}
