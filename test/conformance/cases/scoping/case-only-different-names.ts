// Names that differ only in case: locals value / Value, i / I, and functions compute / Compute.
// Pitfall: PowerShell variable and function names are case-insensitive, so they would collide.
function compute(x: number): number {
  return x + 1;
}
function Compute(x: number): number {
  return x * 100;
}
export function main(): number[] {
  const value = 1;
  const Value = 2;
  let i = 10;
  let I = 20;
  i++;
  I--;
  const VALUE = value + Value;
  return [value, Value, VALUE, i, I, compute(5), Compute(5)];
}
