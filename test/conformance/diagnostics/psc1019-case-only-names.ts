// PSC1019: property names that differ only in case, reported at each object literal that has them
// (whether it has a declared interface type or not).
interface Person {
  name: string;
  Name: string;
}

export function main(): string[] {
  const p: Person = { name: 'a', Name: 'b' }; // @expect PSC1019
  const anon = { value: 1, Value: 2 }; // @expect PSC1019
  return [p.name, p.Name, String(anon.value + anon.Value)];
}
