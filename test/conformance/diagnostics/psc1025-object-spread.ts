// PSC1025: object spread in object literals (array spread in array literals stays allowed).
interface P {
  a: number;
  b: number;
}

export function main(): P[] {
  const base: P = { a: 1, b: 2 };
  const copy: P = { ...base }; // @expect PSC1025:21
  const over: P = { ...base, b: 3 }; // @expect PSC1025:21
  const arr = [...[base]];
  return [copy, over, ...arr];
}
