// A mix of idioms met in real core code: recursion with accumulators, ??= ||= &&=, reverse loops
// indexing with a computed index, optional chaining, generic helpers, reduce with concat, sort
// comparator with string ordering, ** and equality on mixed unions.
interface Node2 { name: string; kids: Node2[]; meta?: { depth: number; tag?: string } }
function walk(n: Node2, acc: string[], depth: number): void {
  acc.push(`${depth}:${n.name}`);
  for (const k of n.kids) walk(k, acc, depth + 1);
}
function pick<T>(xs: T[], i: number): T | undefined { return xs[i]; }
export function main(): unknown {
  const tree: Node2 = { name: 'root', kids: [{ name: 'a', kids: [] }, { name: 'b', kids: [{ name: 'c', kids: [], meta: { depth: 2 } }] }] };
  const acc: string[] = [];
  walk(tree, acc, 0);
  let counter: number | undefined;
  counter ??= 5;
  counter ??= 7;
  let flag = false;
  flag ||= true;
  let both = true;
  both &&= false;
  const xs = [5, 4, 3];
  const last = xs[xs.length - 1];
  const back: number[] = [];
  for (let i = xs.length - 1; i >= 0; i--) back.push(xs[i]);
  const tag = tree.kids[1].kids[0].meta?.tag ?? 'none';
  const depth = tree.kids[1].kids[0].meta?.depth;
  const nope = tree.meta?.depth;
  const p = pick(['x', 'y'], 1);
  const q = pick(['x'], 5);
  const grid: number[][] = [];
  for (let r = 0; r < 3; r++) { const row: number[] = []; for (let c = 0; c < 3; c++) row.push(r * 3 + c); grid.push(row); }
  const flat = grid.reduce((a: number[], row) => a.concat(row), []);
  const words = ' alpha, beta ,gamma '.split(',').map((w) => w.trim()).filter((w) => w.length > 0);
  const s = words.join('|');
  const cmp = ['b', 'a', 'C'].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pow = 2 ** 10;
  const mixed: (string | number)[] = [1, '1', 2];
  const eqs = mixed.map((m) => m === 1);
  return { acc, counter, flag, both, last, back, tag, depth, nope, p, q, flat, s, cmp, pow, eqs, neg: -xs[0], frac: 7 / 2, big: 2 ** 53 + 2 };
}
