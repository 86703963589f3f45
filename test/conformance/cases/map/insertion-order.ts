// Map iteration is insertion order; re-setting an existing key keeps its place; delete then set moves it to the end.
// Pitfall: Hashtable enumeration order is arbitrary; OrderedDictionary Remove + Add must re-append.
export function main(): string[][] {
  const m = new Map<string, number>();
  const out: string[][] = [];
  m.set('c', 1);
  m.set('a', 2);
  m.set('b', 3);
  out.push(Array.from(m.keys()));
  m.set('c', 10);
  out.push(Array.from(m.keys()));
  m.delete('c');
  m.set('c', 100);
  out.push(Array.from(m.keys()));
  m.delete('a');
  m.delete('zzz');
  out.push(Array.from(m.keys()));
  const vals: string[] = [];
  for (const [k, v] of m) {
    vals.push(`${k}${v}`);
  }
  out.push(vals);
  return out;
}
