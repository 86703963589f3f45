// sort with comparators: numeric ascending/descending, by string field, multi-key; sort mutates and returns the same array.
// Pitfall: Sort-Object is not stable in 5.1 and compares culture-aware; the default sort is not used.
export function main(): { asc: number[]; desc: number[]; byName: string[]; multi: string[]; same: boolean; original: number[] } {
  const original = [10, 1, 5, 100, -3, 2.5, 0];
  const sorted = original.sort((a, b) => a - b);
  const desc = original.slice().sort((a, b) => b - a);
  const people = [{ n: 'bob', a: 30 }, { n: 'Al', a: 25 }, { n: 'cy', a: 30 }, { n: 'al', a: 25 }];
  const byName = people.slice().sort((x, y) => (x.n < y.n ? -1 : x.n > y.n ? 1 : 0)).map((p) => p.n);
  const multi = people.slice().sort((x, y) => (x.a !== y.a ? y.a - x.a : x.n < y.n ? -1 : 1)).map((p) => `${p.a}${p.n}`);
  return { asc: sorted, desc, byName, multi, same: sorted === original, original };
}
