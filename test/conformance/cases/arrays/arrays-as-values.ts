// Arrays stored in variables, object properties and other arrays, then replaced or mutated.
// Pitfall: assigning an array to a property or variable must store the reference, never a copy or unrolled value.
interface Holder {
  items: number[];
}
export function main(): { h: Holder; alias: number[]; all: number[][]; replaced: number[] } {
  const items = [1];
  const h: Holder = { items };
  const alias = h.items;
  alias.push(2);
  const all = [items, alias, h.items];
  let replaced = items;
  replaced = [9];
  h.items.push(3);
  return { h, alias, all, replaced };
}
