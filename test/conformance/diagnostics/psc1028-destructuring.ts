// PSC1028: destructuring patterns beyond a flat `const { a } = obj`: a pattern in a parameter and a nested pattern.
interface P {
  a: number;
  inner: { b: number };
}
function sum({ a, inner }: P): number { // @expect PSC1028:14
  return a + inner.b;
}

export function main(): number {
  const p: P = { a: 1, inner: { b: 2 } };
  const { a } = p;
  const { inner: { b } } = p; // @expect PSC1028
  return a + b + sum(p);
}
