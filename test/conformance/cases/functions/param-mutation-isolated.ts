// Assigning to a primitive parameter inside a function does not change the caller's variable of the same name.
// Pitfall: PowerShell parameters are locals, but a helper setting $x could reach a caller's $x via scope.
function bump(x: number): number {
  x = x + 1;
  x++;
  return x;
}
function rename(s: string): string {
  s = s.toUpperCase();
  return s;
}
export function main(): (number | string)[] {
  const x = 1;
  let s = 'abc';
  const r1 = bump(x);
  const r2 = rename(s);
  s = s + '!';
  return [x, r1, s, r2];
}
