// Doubles that hold integers (from division, Math, parsing) used as loop bounds, indexes and in strings.
// Pitfall: [double] 3 used as an index or printed; 6/2 must behave like 3 everywhere.
export function main(): { picked: string[]; text: string; count: number } {
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const half = letters.length / 2;
  const mid = Math.floor(half);
  const picked: string[] = [letters[mid], letters[6 / 2], letters[Math.sqrt(16)], letters[Number('2')], letters[parseInt('5', 10)]];
  let count = 0;
  for (let i = 0; i < 12 / 4; i++) {
    count++;
  }
  return { picked, text: `${6 / 2}|${half}|${mid}|${1e2 / 10}`, count };
}
