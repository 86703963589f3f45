// Division and modulo by zero give Infinity, -Infinity or NaN in JS (never an exception).
// Pitfall: PowerShell [int]/0 throws "Attempted to divide by zero"; % 0 too.
export function main(): { text: string[]; json: number[]; checks: boolean[] } {
  const zero = 0;
  const one = 1;
  const a = one / zero;
  const b = -one / zero;
  const c = zero / zero;
  const d = 5 % zero;
  const e = one / -zero;
  const f = 2147483648 / zero;
  const text = [String(a), String(b), String(c), String(d), String(e), String(f), `${a}|${c}`];
  const json = [a, b, c, d];
  const checks = [a > 1e308, b < -1e308, Number.isNaN(c), Number.isNaN(d), c !== c, a === f, a - a !== 0];
  return { text, json, checks };
}
