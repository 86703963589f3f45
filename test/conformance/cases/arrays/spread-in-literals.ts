// Spread of arrays in array literals: concatenation, copies, empty and nested arrays, strings arrays.
// Pitfall: @(a) + @(b) flattens nested arrays and unrolls single elements; copies must be independent.
export function main(): { joined: number[]; copy: number[]; orig: number[]; nested: number[][]; withEmpty: number[]; single: number[][] } {
  const a = [1, 2];
  const b = [3];
  const e: number[] = [];
  const copy = [...a];
  copy.push(99);
  const nested = [[1], [2, 3]];
  return {
    joined: [0, ...a, ...b, 4, ...e],
    copy,
    orig: a,
    nested: [...nested, [], ...[[4]]],
    withEmpty: [...e, ...e],
    single: [...[[5]]],
  };
}
