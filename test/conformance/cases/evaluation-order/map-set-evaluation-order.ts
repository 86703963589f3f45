/**
 * Was a compiler gap (fixed): `m.set(k, v)` is lowered to `$m[k] = v`, and PowerShell evaluates the right-hand side
 * of an assignment before the index expression. When both arguments have side effects the order is
 * reversed against JS (arguments left to right). Element writes too: element-assignment-evaluation-order.ts.
 * Expected (Node): [[1, 2]]; pwsh gives [[2, 1]].
 */
interface Counter {
  n: number;
}

function tick(c: Counter): number {
  c.n++;
  return c.n;
}

export function main(): number[][] {
  const c: Counter = { n: 0 };
  const m = new Map<number, number>();
  m.set(tick(c), tick(c));
  const out: number[][] = [];
  for (const [k, v] of m) out.push([k, v]);
  return out;
}
