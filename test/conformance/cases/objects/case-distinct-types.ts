// Different interfaces may each use a name in a different case (Name in one, name in another) in one program.
// Pitfall: only names within one object type must differ by more than case; across types it is fine.
interface A {
  name: string;
  size: number;
}
interface B {
  Name: string;
  Size: number;
}
export function main(): { a: A; b: B; same: boolean } {
  const a: A = { name: 'lower', size: 1 };
  const b: B = { Name: 'Upper', Size: 2 };
  return { a, b, same: a.name === b.Name };
}
