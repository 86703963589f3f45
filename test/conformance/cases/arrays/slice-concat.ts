// slice with negative/out-of-range bounds and concat with arrays, values and nested arrays (flattened one level).
// Pitfall: concat of a nested array must keep the inner array; slices are copies, not views.
export function main(): (number | number[])[][] {
  const a = [1, 2, 3, 4, 5];
  const copy = a.slice();
  copy[0] = 100;
  const nested: (number | number[])[] = [1];
  return [
    a.slice(1, 3), a.slice(-2), a.slice(3, 1), a.slice(10), a.slice(-10, 2), copy, a,
    a.concat([6, 7]), a.concat([]), nested.concat([[2, 3]], [4]), nested.concat([5], [[6]]), [].concat([]),
  ];
}
