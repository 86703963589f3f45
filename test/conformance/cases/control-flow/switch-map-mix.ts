// Switch on a string-literal union returning from cases, continue inside a case loop, Map of arrays
// built with ??, [k, v] iteration, ++ on a property, += on an element, while(true) with break.
const LIMITS = { maxEntries: 3, name: 'lim' } as const;
type Mode = 'fast' | 'safe';
function describe(mode: Mode, n: number): string {
  switch (mode) {
    case 'fast':
      if (n > LIMITS.maxEntries) return 'too many';
      return `fast ${n}`;
    case 'safe': {
      let out = '';
      for (let i = 0; i < n; i++) {
        if (i % 2 === 0) continue;
        out += i;
      }
      return `safe ${out}`;
    }
  }
}
export function main(): unknown {
  const m = new Map<string, number[]>();
  for (const w of ['a', 'b', 'a', 'A']) {
    const list = m.get(w) ?? [];
    list.push(list.length);
    m.set(w, list);
  }
  const keys: string[] = [];
  for (const [k, v] of m) keys.push(`${k}=${v.join(',')}`);
  const o = { count: 1, keys: ['x'] };
  o.count++;
  o.keys.push('y');
  const arr = [1, 2, 3];
  arr[1] += 10;
  let i = 0;
  const firsts: number[] = [];
  while (true) {
    if (i >= arr.length) break;
    firsts.push(arr[i++]);
  }
  return { d: [describe('fast', 2), describe('fast', 9), describe('safe', 6)], keys, o, arr, firsts, name: LIMITS.name };
}
