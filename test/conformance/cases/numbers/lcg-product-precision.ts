// A classic LCG whose intermediate product (up to 2^61) loses precision in JS doubles.
// Pitfall: PowerShell [long] multiplication is exact; every step must round like a JS double.
export function main(): number[] {
  let seed = 123456789;
  const out: number[] = [];
  for (let i = 0; i < 12; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(seed);
  }
  return out;
}
