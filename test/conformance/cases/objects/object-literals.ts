// Object literals with mixed value types, shorthand properties, computed values and nested objects.
// Pitfall: [ordered]@{} construction, and values that are arrays of 0/1 elements inside them.
interface Inner {
  a: number;
  b: string[];
}
interface Outer {
  name: string;
  count: number;
  ok: boolean;
  inner: Inner;
  list: Inner[];
  empty: number[];
  single: string[];
}
export function main(): Outer {
  const name = 'n';
  const count = 3;
  const inner: Inner = { a: 1, b: ['x'] };
  return { name, count, ok: count > 2, inner, list: [inner, { a: 2, b: [] }], empty: [], single: ['only'] };
}
