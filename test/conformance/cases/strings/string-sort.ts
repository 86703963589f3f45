// Sorting strings with a comparator built on < and >: ordinal order, uppercase before lowercase.
// Pitfall: Sort-Object and [Array]::Sort default to culture order ('a' next to 'A').
export function main(): string[] {
  const words = ['banana', 'Apple', 'apple', 'Banana', '_under', '10', '9', 'éclair', 'zebra', 'Zebra', '', 'a b', 'a-b', 'ab', '中文', '😀'];
  return words.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
