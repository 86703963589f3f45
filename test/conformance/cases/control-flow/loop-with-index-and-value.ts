// Iterating arrays by index (for) and by value (for-of) side by side, building parallel results.
// Pitfall: index arithmetic with .Count and element access on List[object].
export function main(): { pairs: string[]; reversed: number[]; evensAt: number[] } {
  const data = [10, 20, 30, 40, 50];
  const pairs: string[] = [];
  let idx = 0;
  for (const v of data) {
    pairs.push(`${idx}:${v}:${data[idx] === v}`);
    idx++;
  }
  const reversed: number[] = [];
  for (let i = data.length - 1; i >= 0; i--) {
    reversed.push(data[i]);
  }
  const evensAt: number[] = [];
  for (let i = 0; i < data.length; i += 2) {
    evensAt.push(i);
  }
  return { pairs, reversed, evensAt };
}
