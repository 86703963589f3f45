// PSC1004: generator functions and each yield are rejected (the generator is never iterated here).
function* numbers(): Generator<number> { // @expect PSC1004:1
  yield 1; // @expect PSC1004:3
  yield 2; // @expect PSC1004:3
}

export function main(): number {
  return 0;
}
