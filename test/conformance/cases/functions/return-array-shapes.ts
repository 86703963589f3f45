// Functions returning arrays of 0 and 1 elements, nested arrays and arrays of empty arrays: they stay arrays.
// Pitfall: PowerShell unrolls returned collections: @() becomes $null and @(5) becomes 5, at every depth.
function none(): number[] {
  return [];
}
function one(): number[] {
  return [5];
}
function oneString(): string[] {
  return ['x'];
}
function nestedOne(): number[][] {
  return [[1]];
}
function nestedEmpty(): number[][] {
  return [[]];
}
function deep(): number[][][] {
  return [[[7]]];
}
function built(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(i);
  }
  return out;
}
export function main(): { values: (number[] | string[] | number[][] | number[][][])[]; lengths: number[] } {
  const values = [none(), one(), oneString(), nestedOne(), nestedEmpty(), deep(), built(0), built(1), built(2)];
  const lengths = [none().length, one().length, nestedOne()[0].length, nestedEmpty()[0].length, deep()[0][0].length, built(1).length];
  return { values, lengths };
}
