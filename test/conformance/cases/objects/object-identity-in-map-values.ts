// Objects stored in arrays and Maps are the same object: changes through one reference show in all.
// Pitfall: storing a dictionary in a Map or List must not copy it.
interface Counter {
  n: number;
}
export function main(): number[] {
  const c: Counter = { n: 0 };
  const arr = [c, c];
  const m = new Map<string, Counter>();
  m.set('x', c);
  arr[0].n++;
  const fromMap = m.get('x');
  if (fromMap !== undefined) {
    fromMap.n += 10;
  }
  arr[1].n *= 2;
  return [c.n, arr[0].n, arr[1].n, fromMap === undefined ? -1 : fromMap.n];
}
