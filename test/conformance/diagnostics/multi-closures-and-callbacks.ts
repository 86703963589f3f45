// Several problems around functions as values: a closure assigning outer state, an arrow kept in a variable,
// a rest parameter, an arrow passed to a user function, and a comma operator, next to callbacks that are fine.
function run(action: (n: number) => number): number {
  return action === undefined ? 0 : 1;
}

function sumAll(...xs: number[]): number { // @expect PSC1038:17
  return xs.reduce((a, b) => a + b, 0);
}

export function main(): number[] {
  const xs = [1, 2, 3];
  let count = 0;
  xs.forEach((x) => { count += x; }); // @expect PSC1012
  const square = (n: number): number => n * n; // @expect PSC1013:18
  const r = run((n) => n + 1); // @expect PSC1013:17
  let i = 0;
  const j = (i++, i + 1); // @expect PSC1033
  const fine = xs.map((x) => x * 2).filter((x) => x > 2);
  return [count, r, j, sumAll(1, 2), ...fine, square === undefined ? 0 : 1];
}
