/**
 * Was a compiler gap (fixed; same cause as map-set-evaluation-order.ts): `a[i] = v` is lowered to `$a[i] = v`,
 * and PowerShell evaluates the right-hand side before the index expression. JS evaluates the target
 * (and its index) first. With side effects in both, the result differs.
 * Expected (Node): [0, 2, 0, 0]; pwsh gives [0, 0, 1, 0].
 */
interface Counter {
  n: number;
}

function tick(c: Counter): number {
  c.n++;
  return c.n;
}

export function main(): number[] {
  const c: Counter = { n: 0 };
  const a = [0, 0, 0, 0];
  a[tick(c)] = tick(c);
  return a;
}
