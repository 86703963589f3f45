// Explicit tests replacing truthiness: arr.length > 0, s !== '', x !== undefined, map.size === 0.
// Pitfall: in PowerShell an empty array, '' , 0 and $null are all false; JS differs ([] is true).
function describe(arr: number[], s: string, x: number | undefined): string[] {
  const out: string[] = [];
  out.push(arr.length > 0 ? 'has items' : 'no items');
  out.push(s !== '' ? 'has text' : 'no text');
  out.push(x !== undefined ? `x=${x}` : 'no x');
  out.push(arr.length === 1 && arr[0] === 0 ? 'single zero' : 'not single zero');
  return out;
}
export function main(): string[][] {
  const m = new Map<string, number>();
  return [describe([], '', undefined), describe([0], '0', 0), describe([1, 2], 'false', -1), [m.size === 0 ? 'empty map' : 'map']];
}
