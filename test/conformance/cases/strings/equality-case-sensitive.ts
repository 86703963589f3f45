// === and !== on strings are exact: case, accents, trailing spaces, NUL and normalization forms all matter.
// Pitfall: PowerShell -eq on strings is case-insensitive.
function same(a: string, b: string): boolean {
  return a === b;
}
export function main(): boolean[] {
  return [
    same('a', 'A'), same('a', 'a'), same('abc', 'ABC'), same('x ', 'x'), same('é', 'e\u0301'), same('a\u0000', 'a'),
    same('', ''), same('中文', '中文'), 'a' !== 'A' as string, same('İ', 'i'), same('ß', 'SS'), same('K', '\u212a'),
  ];
}
