// PSC1014: more unsupported builtins: splice, shift, unshift, flat, fill, lastIndexOf on arrays, Object.entries/values, Math.log, codePointAt,
// Map.forEach (its arrow belongs to a call already reported: no PSC1013).
export function main(): number[] {
  const xs = [3, 1, 2];
  xs.splice(0, 1); // @expect PSC1014
  const head = xs.shift(); // @expect PSC1014
  xs.unshift(9); // @expect PSC1014
  const flat = [[1], [2]].flat(); // @expect PSC1014
  const filled = [0, 0].fill(7); // @expect PSC1014
  const li = xs.lastIndexOf(9); // @expect PSC1014
  const entries = Object.entries({ a: 1 }); // @expect PSC1014
  const values = Object.values({ a: 1 }); // @expect PSC1014
  const lg = Math.log(10); // @expect PSC1014
  const cp = '😀'.codePointAt(0); // @expect PSC1014
  const m = new Map<string, number>();
  m.set('a', 1);
  const seen: number[] = [];
  m.forEach((v) => { seen.push(v); }); // @expect PSC1014
  return [head ?? -1, flat.length, filled[0], li, entries.length, values[0], lg, cp ?? 0, seen.length];
}
