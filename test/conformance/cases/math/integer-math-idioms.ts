// Integer idioms: floor division of negatives, ceil division, clamping, digit sums, gcd, modulo to positive.
// Pitfall: PowerShell integer division truncates only with [Math]::Truncate; % keeps the dividend's sign.
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}
function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
export function main(): number[] {
  return [
    Math.floor(-7 / 2), Math.trunc(-7 / 2), Math.ceil(7 / 2), Math.ceil(-7 / 2), clamp(15, 0, 10), clamp(-5, 0, 10), clamp(5, 0, 10),
    gcd(48, 18), gcd(17, 5), gcd(0, 9), mod(-1, 5), mod(-10, 3), mod(7, 3), Math.floor(4294967295 / 256), Math.floor(-4294967295 / 256),
  ];
}
