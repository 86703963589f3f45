// < and > on strings compare UTF-16 code units: 'B' < 'a', '10' < '9', 'é' > 'f', surrogates below U+FFFF.
// Pitfall: PowerShell -lt is case-insensitive and culture-aware; must be ordinal.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
export function main(): { lt: boolean[]; cmps: number[] } {
  const lt = [
    'a' < 'B', 'B' < 'a', 'Z' < 'a', '10' < '9', 'apple' < 'apricot', 'é' > 'f', 'a' < 'ab', '' < 'a',
    'A' <= 'a', 'a' >= 'A', '😀' < '\uffff', '\u00e4' < 'z', '_' < 'a', '_' < 'A', 'co-op' < 'coop', 'résumé' < 'resume',
  ];
  const pairs = [['a', 'A'], ['a', 'a'], ['abc', 'abd'], ['Ä', 'B'], ['中', '文'], ['a-b', 'ab'], ['', ''], ['x\u0000', 'x']];
  const cmps: number[] = [];
  for (const p of pairs) {
    cmps.push(cmp(p[0], p[1]));
  }
  return { lt, cmps };
}
