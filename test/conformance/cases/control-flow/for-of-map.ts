// for-of over a Map (entries), map.keys() and map.values(), in insertion order.
// Pitfall: hashtable enumeration order and key/value pairs lowering.
export function main(): { entries: string[]; keys: string[]; values: number[] } {
  const m = new Map<string, number>();
  m.set('zeta', 26);
  m.set('alpha', 1);
  m.set('Mid', 13);
  const entries: string[] = [];
  for (const [k, v] of m) {
    entries.push(`${k}=${v}`);
  }
  const keys: string[] = [];
  for (const k of m.keys()) {
    keys.push(k);
  }
  const values: number[] = [];
  for (const v of m.values()) {
    values.push(v);
  }
  return { entries, keys, values };
}
