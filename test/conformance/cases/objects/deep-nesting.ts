// Objects and arrays nested 12 levels deep come out complete in JSON.
// Pitfall: ConvertTo-Json truncates at -Depth 2 by default; the runtime's writer must not.
interface Level {
  depth: number;
  next: Level[];
}
function build(d: number, max: number): Level {
  return { depth: d, next: d < max ? [build(d + 1, max)] : [] };
}
export function main(): { tree: Level; arr: number[][][][][][][][] } {
  return { tree: build(0, 12), arr: [[[[[[[[1]]]]]]]] };
}
