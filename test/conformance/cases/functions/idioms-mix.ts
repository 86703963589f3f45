// More idioms: module-level const built by a function declared later, memoised recursion with a Map,
// defaults referring to earlier parameters, switch (true), copy-then-sort with a two-key comparator,
// reduce into a Map, optional chaining after find, do-while with continue, quotes and $ in templates.
interface Row { name: string; score: number; tags: string[] }
const ROWS: Row[] = seed();
function seed(): Row[] {
  return [
    { name: 'delta', score: 3, tags: ['x'] },
    { name: 'Alpha', score: 10, tags: [] },
    { name: 'charlie', score: 3, tags: ['y', 'z'] },
    { name: 'bravo', score: -1, tags: ['x', 'y'] },
  ];
}
function fib(n: number, memo: Map<number, number>): number {
  if (n < 2) return n;
  const hit = memo.get(n);
  if (hit !== undefined) return hit;
  const v = fib(n - 1, memo) + fib(n - 2, memo);
  memo.set(n, v);
  return v;
}
function scale(a: number, b: number = a * 2): number { return a + b; }
function classify(n: number): string {
  switch (true) {
    case n < 0: return 'neg';
    case n === 0: return 'zero';
    default: return 'pos';
  }
}
export function main(): unknown {
  const byScore = [...ROWS].sort((a, b) => (a.score !== b.score ? b.score - a.score : a.name < b.name ? -1 : 1));
  const names = byScore.map((r) => r.name).join(',');
  const objs = ROWS.map((r, i) => ({ i, upper: r.name.toUpperCase(), n: r.tags.length }));
  const tagCount = ROWS.reduce((m, r) => {
    for (const t of r.tags) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  }, new Map<string, number>());
  const counts: string[] = [];
  for (const [t, c] of tagCount) counts.push(`${t}:${c}`);
  const firstBig = ROWS.find((r) => r.score > 5)?.name ?? 'none';
  const idx = ROWS.findIndex((r) => r.tags.includes('z'));
  let k = 0;
  const seen: number[] = [];
  do {
    k++;
    if (k % 2 === 0) continue;
    seen.push(k);
  } while (k < 7);
  const bytes = new Uint8Array(4);
  const sum = [bytes[0], bytes[3], bytes.length];
  const quotes = `He said "it's" \`ok\` $HOME ${'$'}{x}`;
  const nums = [Number('0x1A'), parseInt('08'), parseInt('ff', 16), Number(' 12 '), Number('1e3'), parseInt('-7.9')];
  return { names, objs, counts, firstBig, idx, seen, sum, quotes, nums, fib: fib(40, new Map()), s: [scale(2), scale(2, 1)], c: [classify(-5), classify(0), classify(9)] };
}
