// sort on empty and single-element arrays, already sorted input, all-equal keys, comparator returning non-integers.
// Pitfall: sorting a 0/1-element List must keep it a List, and comparator results like 0.5 count as positive.
export function main(): number[][] {
  const empty: number[] = [];
  const one = [42];
  const sorted = [1, 2, 3];
  const equal = [3, 3, 3];
  const frac = [0.3, 0.1, 0.2];
  return [
    empty.sort((a, b) => a - b), one.sort((a, b) => a - b), sorted.sort((a, b) => a - b), equal.sort((a, b) => a - b),
    frac.sort((a, b) => a - b), [5, 1, 4].sort((a, b) => (a - b) / 10), [2, 1].sort(() => 0),
  ];
}
