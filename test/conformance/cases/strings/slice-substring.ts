// slice and substring with negative, swapped, out-of-range and missing arguments.
// Pitfall: .NET Substring throws out of range; substring swaps its arguments, slice counts from the end.
export function main(): string[] {
  const s = 'abcdefgh';
  return [
    s.slice(2), s.slice(-3), s.slice(2, 5), s.slice(2, -2), s.slice(-5, -2), s.slice(5, 2), s.slice(100), s.slice(-100), s.slice(0, 100), s.slice(3, 3),
    s.substring(2), s.substring(5, 2), s.substring(-2), s.substring(2, -2), s.substring(0, 100), s.substring(100, 2), s.substring(3, 3),
    '中文😀x'.slice(2, 4), '中文😀x'.slice(3), ''.slice(1), ''.substring(0, 5),
  ];
}
