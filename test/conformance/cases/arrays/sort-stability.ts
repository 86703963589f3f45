// sort is stable: elements with equal keys keep their original order (40 records, 3 distinct keys).
// Pitfall: [Array]::Sort / List.Sort are unstable (introsort); a stable merge sort is required.
interface Rec {
  key: number;
  seq: number;
}
export function main(): string {
  const recs: Rec[] = [];
  let seed = 7;
  for (let i = 0; i < 40; i++) {
    seed = (seed * 48271) % 2147483647;
    recs.push({ key: seed % 3, seq: i });
  }
  recs.sort((a, b) => a.key - b.key);
  return recs.map((r) => `${r.key}:${r.seq}`).join(' ');
}
