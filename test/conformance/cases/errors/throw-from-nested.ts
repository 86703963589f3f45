// @throws: boom at depth 3: {"code":42}
// throw new Error(msg) from a function three calls deep ends main; the message includes quotes, braces and a number.
// Pitfall: PowerShell `throw` wraps strings in ErrorRecord; the message must match exactly.
function level3(n: number): number {
  if (n === 3) {
    throw new Error(`boom at depth ${n}: {"code":42}`);
  }
  return level3(n + 1);
}
function level1(): number {
  return level3(1) + 1;
}
export function main(): number {
  return level1();
}
