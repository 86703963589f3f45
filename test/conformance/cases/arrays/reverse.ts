// reverse mutates in place and returns the same array; works on empty, one-element and nested arrays.
// Pitfall: [Array]::Reverse returns nothing; the method result must be the array.
export function main(): { a: number[]; r: number[]; same: boolean; empty: number[]; one: string[]; nested: number[][] } {
  const a = [1, 2, 3];
  const r = a.reverse();
  return { a, r, same: a === r, empty: ([] as number[]).reverse(), one: ['x'].reverse(), nested: [[1, 2], [3]].reverse() };
}
