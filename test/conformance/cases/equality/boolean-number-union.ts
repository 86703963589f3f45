// === between boolean | number values: true === 1 is false, false === 0 is false.
// Pitfall: PowerShell $true -eq 1 is true and 1 -eq $true is true.
function eq(a: boolean | number, b: boolean | number): boolean {
  return a === b;
}
export function main(): boolean[] {
  return [eq(true, 1), eq(1, true), eq(false, 0), eq(0, false), eq(true, true), eq(false, false), eq(1, 1), eq(true, false)];
}
