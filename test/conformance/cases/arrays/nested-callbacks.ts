// Callbacks nested inside callbacks, each reading outer variables and the enclosing callback's parameters.
// Pitfall: $_ / script-block scoping: the inner block must see the outer block's parameter, not a pipeline var.
export function main(): { pairs: string[][]; counts: number[]; anyDup: boolean; matrix: number[][] } {
  const xs = [1, 2, 3];
  const ys = ['a', 'b'];
  const sep = ':';
  const pairs = xs.map((x) => ys.map((y) => `${x}${sep}${y}`));
  const counts = xs.map((x) => xs.filter((other) => other > x).length);
  const anyDup = [1, 2, 2].some((v, i) => [1, 2, 2].findIndex((w) => w === v) !== i);
  const matrix = xs.map((r) => xs.map((c) => r * c).filter((v) => v % 2 === 0));
  return { pairs, counts, anyDup, matrix };
}
