// PSC1026: `this` (here as a typed this-parameter of a module-level function).
interface Holder {
  n: number;
}
function show(this: Holder): number { return this.n; } // @expect PSC1026

export function main(): number {
  const h: Holder = { n: 1 };
  return h.n;
}
