// PSC1024: the delete operator on an optional property.
interface Opt {
  a: number;
  b?: number;
}

export function main(): number {
  const o: Opt = { a: 1, b: 2 };
  delete o.b; // @expect PSC1024:3
  return Object.keys(o).length; // @expect PSC1044
}
