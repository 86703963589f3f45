// Optional chaining on property access (o?.p, o?.p?.q) on defined, undefined and null objects.
// Pitfall: lowering to if/else around $null checks; note codes.ts only forbids optional chaining on calls.
interface Inner {
  q: number;
}
interface Outer {
  p?: Inner;
}
function read(o: Outer | undefined): number | undefined {
  return o?.p?.q;
}
export function main(): (number | string)[] {
  const full: Outer = { p: { q: 5 } };
  const empty: Outer = {};
  return [read(full) ?? -1, read(empty) ?? -2, read(undefined) ?? -3, String(read(undefined))];
}
