// default placed first or in the middle is still only taken when no case matches.
// Pitfall: PowerShell evaluates default last; ordering must not change which branch runs.
function f(n: number): string {
  switch (n) {
    default:
      return 'default';
    case 1:
      return 'one';
    case 2:
      return 'two';
  }
}
function g(s: string): string {
  switch (s) {
    case 'x':
      return 'x';
    default:
      return 'default';
    case 'y':
      return 'y';
  }
}
export function main(): string[] {
  return [f(1), f(2), f(3), g('x'), g('y'), g('z')];
}
