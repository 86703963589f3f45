// JSON output: properties holding undefined are omitted, null is kept; undefined array elements become null.
// Pitfall: undefined is $null and null is [DBNull]; the JSON writer must treat them differently.
interface R {
  a: number | undefined;
  b: number | null;
  c?: string;
  d: (number | undefined | null)[];
  e: { x: undefined; y: null };
}
export function main(): R[] {
  return [
    { a: undefined, b: null, d: [undefined, null, 1], e: { x: undefined, y: null } },
    { a: 1, b: 2, c: undefined, d: [], e: { x: undefined, y: null } },
    { a: 0, b: 0, c: '', d: [undefined], e: { x: undefined, y: null } },
  ];
}
