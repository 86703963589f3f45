// switch on numbers, including doubles equal to integers, negative numbers, and no matching case.
// Pitfall: PowerShell switch compares with -eq (type coercion) and would also match '1' for 1.
function name(n: number): string {
  switch (n) {
    case 0:
      return 'zero';
    case 1:
      return 'one';
    case -1:
      return 'minus one';
    case 0.5:
      return 'half';
    case 2147483648:
      return 'two^31';
    default:
      return 'other';
  }
}
export function main(): string[] {
  const out: string[] = [];
  for (const n of [0, 1, -1, 0.5, 1.0, 2 / 2, 0.1 + 0.4, 2147483648, 2, -0, 1 / 3]) {
    out.push(name(n));
  }
  return out;
}
