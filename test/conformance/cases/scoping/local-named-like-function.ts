// A local variable with the same name as a module-level function; both remain usable in their own roles.
// Pitfall: PowerShell keeps variables and functions apart, but name mangling must not merge them.
function total(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
function scale(n: number): number {
  return n * 3;
}
function useBoth(): number[] {
  const scaled = [1, 2].map((v) => scale(v));
  const sum = total(scaled);
  return [sum, scaled.length];
}
export function main(): number[] {
  const values = [1, 2, 3];
  const totalValue = total(values);
  return [totalValue, ...useBoth()];
}
