// Nested Maps: Map<string, Map<number, string>>, iterated in insertion order at both levels.
// Pitfall: nested dictionaries and numeric inner keys normalised to doubles must still print as integers.
export function main(): string[] {
  const outer = new Map<string, Map<number, string>>();
  for (const name of ['b', 'a']) {
    const inner = new Map<number, string>();
    inner.set(2, `${name}2`);
    inner.set(1, `${name}1`);
    inner.set(2147483648, `${name}big`);
    outer.set(name, inner);
  }
  const out: string[] = [];
  for (const [name, inner] of outer) {
    for (const [k, v] of inner) {
      out.push(`${name}/${k}=${v}`);
    }
  }
  const b = outer.get('b');
  out.push(String(b === undefined ? 'none' : b.get(1)));
  return out;
}
