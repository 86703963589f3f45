// map and filter with arrow callbacks using the index, reading outer variables, returning objects and arrays.
// Pitfall: a script block whose output is one array element would be unrolled into several elements.
export function main(): { squares: number[]; withIndex: string[]; evens: number[]; wrapped: number[][]; objs: { v: number }[]; empty: number[][]; one: number[][] } {
  const xs = [3, 1, 4, 1, 5];
  const offset = 10;
  return {
    squares: xs.map((x) => x * x),
    withIndex: xs.map((x, i) => `${i}:${x + offset}`),
    evens: xs.filter((x, i) => i % 2 === 0),
    wrapped: xs.map((x) => [x]),
    objs: xs.map((x) => ({ v: x })),
    empty: xs.map(() => []),
    one: [7].map((x) => [x, x]),
  };
}
