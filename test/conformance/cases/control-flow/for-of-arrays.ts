// for-of over arrays of numbers, strings, objects, nested arrays, empty and single-element arrays.
// Pitfall: PowerShell foreach over a single-element or nested array must not unroll the inner arrays.
interface Item {
  name: string;
  tags: string[];
}
export function main(): { sums: number[]; names: string[]; innerLens: number[]; tagCounts: number[] } {
  const sums: number[] = [];
  for (const arr of [[1, 2, 3], [], [7], [[1]].length === 1 ? [4, 4] : []]) {
    let s = 0;
    for (const v of arr) {
      s += v;
    }
    sums.push(s);
  }
  const names: string[] = [];
  const items: Item[] = [{ name: 'a', tags: [] }, { name: 'b', tags: ['x'] }, { name: 'c', tags: ['x', 'y'] }];
  const tagCounts: number[] = [];
  for (const it of items) {
    names.push(it.name);
    tagCounts.push(it.tags.length);
  }
  const innerLens: number[] = [];
  for (const inner of [[[1, 2]], [[]], [[3]]]) {
    innerLens.push(inner.length, inner[0].length);
  }
  return { sums, names, innerLens, tagCounts };
}
