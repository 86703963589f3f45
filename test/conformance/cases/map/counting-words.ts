// The counting idiom m.set(k, (m.get(k) ?? 0) + 1) over words, then the entries sorted by count and key.
// Pitfall: get returning $null plus 1, and Map key order after many updates.
export function main(): { counts: string[]; top: string[] } {
  const text = 'the cat and The dog and the bird and THE end';
  const m = new Map<string, number>();
  for (const w of text.split(' ')) {
    m.set(w, (m.get(w) ?? 0) + 1);
  }
  const counts: string[] = [];
  for (const [k, v] of m) {
    counts.push(`${k}:${v}`);
  }
  const keys = Array.from(m.keys());
  const top = keys
    .slice()
    .sort((a, b) => {
      const d = (m.get(b) ?? 0) - (m.get(a) ?? 0);
      return d !== 0 ? d : a < b ? -1 : 1;
    })
    .slice(0, 3);
  return { counts, top };
}
