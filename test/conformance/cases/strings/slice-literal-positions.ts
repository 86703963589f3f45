// slice with literal positions on a variable (inlined as Substring with the positions clamped):
// empty, shorter and longer strings, equal positions, a start past the end, surrogate pairs.
// Pitfall: Substring throws where slice clamps (start or end past the length).
export function main(): string[] {
  const out: string[] = [];
  for (const s of ['', 'a', 'ab', 'abc', 'abcdefgh', '中文😀x']) {
    out.push(`${s.slice(0)}|${s.slice(1)}|${s.slice(3)}|${s.slice(0, 2)}|${s.slice(2, 4)}|${s.slice(1, 1)}|${s.slice(6, 8)}|${s.slice(5, 100)}`);
  }
  return out;
}
