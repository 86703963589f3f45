// + between strings and numbers: left to right, so 1 + 2 + 'x' is '3x' and 'x' + 1 + 2 is 'x12'.
// Pitfall: PowerShell converts the right operand to the left's type: 1 + '2' is 3 there.
function join3(a: number, b: number, s: string): string[] {
  return [a + b + s, s + a + b, s + (a + b), a + s + b, '' + a, a + '', s + -a, s + a * b, s + a / b];
}
export function main(): string[] {
  return [...join3(1, 2, 'x'), ...join3(0.1, 0.2, 'y'), ...join3(1e21, 2147483648, '#'), ...join3(-0, 3, '')];
}
