// Functions with many parameters of different types, called positionally with expressions as arguments.
// Pitfall: PowerShell calls use spaces, not commas: f(a, b) must not become one array argument.
function describe(a: number, b: string, c: boolean, d: number[], e: { k: string }, f: number | undefined, g: string): string {
  return [String(a), b, String(c), String(d.length), e.k, String(f), g].join('|');
}
function add(a: number, b: number): number {
  return a + b;
}
export function main(): (string | number)[] {
  return [
    describe(1, 'two', true, [1, 2, 3], { k: 'key' }, undefined, '-x'),
    describe(add(1, 2), 'a' + 'b', 1 > 2, [], { k: '' }, 0, '$null'),
    add(add(1, 2), add(3, 4)),
    add(-1, -2),
  ];
}
