// Benchmark body: 20,000 iterations, each a Map lookup by a computed string key and a numeric
// key, with an update: the shape of catalog indexing in the checks.
export function main(): number {
  const byName = new Map<string, number>();
  const byId = new Map<number, string>();
  for (let i = 0; i < 200; i++) {
    byName.set(`provider-${i}`, i);
    byId.set(1001 + i, `provider-${i}`);
  }
  let hits = 0;
  for (let i = 0; i < 20000; i++) {
    const id = 1001 + (i % 250);
    const name = byId.get(id);
    if (name !== undefined) {
      const n = byName.get(name);
      if (n !== undefined) {
        hits += n;
        byName.set(name, n + 1);
      }
    }
  }
  return hits;
}
