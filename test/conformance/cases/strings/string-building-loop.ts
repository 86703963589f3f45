// Building strings in loops with += and with push + join, and their lengths.
// Pitfall: += on a string variable must not turn into array append; number formatting inside the loop.
export function main(): { a: string; b: string; lens: number[] } {
  let a = '';
  const parts: string[] = [];
  for (let i = 0; i < 20; i++) {
    a += i % 3 === 0 ? String(i) : '.';
    parts.push(`${i / 4}`);
  }
  const b = parts.join(',');
  return { a, b, lens: [a.length, b.length] };
}
