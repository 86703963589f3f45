// 20,000 iterations of Map get/set/has with string and numeric keys (a hot loop the compiler must keep fast).
// Pitfall: pipeline use, += on arrays or linear scans in hot loops make PowerShell orders of magnitude slower.
export function main(): { hits: number; misses: number; size: number; checksum: number } {
  const byName = new Map<string, number>();
  const byNum = new Map<number, number>();
  for (let i = 0; i < 500; i++) {
    byName.set(`key${i}`, i);
    byNum.set(i * 7, i);
  }
  let hits = 0;
  let misses = 0;
  let checksum = 0;
  for (let i = 0; i < 20000; i++) {
    const k = `key${i % 700}`;
    const v = byName.get(k);
    if (v === undefined) {
      misses++;
      byName.set(k, i);
    } else {
      hits++;
      checksum = (checksum + v * 31) % 1000003;
    }
    if (byNum.has(i % 3500)) {
      checksum = (checksum + (byNum.get(i % 3500) ?? 0)) % 1000003;
    }
  }
  return { hits, misses, size: byName.size, checksum };
}
