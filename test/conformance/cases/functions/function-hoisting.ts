// Module-level functions can be called before their declaration in the file (hoisting), and call each other.
// Pitfall: a PowerShell function must be defined before the call executes; the emitter must order them.
export function main(): number[] {
  return [later(2), alsoLater(3), helperChain(4)];
}
function later(x: number): number {
  return x * 10;
}
function alsoLater(x: number): number {
  return later(x) + 1;
}
function helperChain(x: number): number {
  return alsoLater(later(x));
}
