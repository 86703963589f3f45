// === between values of union type string | number: '1' === 1 is false, no coercion either way.
// Pitfall: PowerShell -eq converts the right operand to the left operand's type ('1' -eq 1 is true).
function eq(a: string | number, b: string | number): boolean {
  return a === b;
}
function ne(a: string | number, b: string | number): boolean {
  return a !== b;
}
export function main(): boolean[] {
  return [eq('1', 1), eq(1, '1'), eq(1, 1), eq('1', '1'), eq('', 0), eq(0, ''), eq('0x10', 16), eq('1.0', 1), eq(1.0, 1), ne('2', 2), ne(2, 2), eq(' 1', 1), eq('true', 1)];
}
