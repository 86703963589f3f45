// Surrogate pairs: length counts UTF-16 units, for-of and Array.from iterate code points, indexing splits pairs.
// Pitfall: PowerShell foreach over a string yields [char] units (splitting emoji), unlike JS for-of.
export function main(): { units: number; points: string[]; fromArr: string[]; halves: number[]; upper: string } {
  const s = 'a😀b𝔘中';
  const points: string[] = [];
  for (const ch of s) {
    points.push(ch);
  }
  const halves = [s.charCodeAt(1), s.charCodeAt(2), s.slice(1, 2).length];
  return { units: s.length, points, fromArr: Array.from(s), halves, upper: s.toUpperCase() };
}
