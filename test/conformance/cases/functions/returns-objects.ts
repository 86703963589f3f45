// Functions returning object literals, objects holding arrays of one element, and arrays of objects.
// Pitfall: hashtables returned from functions, and one-element arrays inside them unrolling.
interface Result {
  ok: boolean;
  items: number[];
  nested: { list: string[] };
}
function make(n: number): Result {
  const items: number[] = [];
  for (let i = 0; i < n; i++) items.push(i);
  return { ok: n > 0, items, nested: { list: n === 1 ? ['only'] : [] } };
}
function makeMany(n: number): Result[] {
  const out: Result[] = [];
  for (let i = 0; i < n; i++) out.push(make(i));
  return out;
}
export function main(): { zero: Result; one: Result; many: Result[]; single: Result[] } {
  return { zero: make(0), one: make(1), many: makeMany(3), single: makeMany(1) };
}
