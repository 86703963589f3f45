// A recursive function and its helper both use locals named `acc` and `i`; each frame keeps its own.
// Pitfall: PowerShell child scopes see parent frames' variables when reading an unset name.
function helper(n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += i;
  }
  return acc;
}
function walk(depth: number): number[] {
  const acc: number[] = [depth];
  if (depth > 0) {
    const i = helper(depth);
    const inner = walk(depth - 1);
    for (const v of inner) {
      acc.push(v + i);
    }
  }
  return acc;
}
export function main(): number[] {
  return walk(4);
}
