// null stored in arrays, objects and Maps, read back, compared and counted.
// Pitfall: [DBNull]::Value in a List must stay one element and compare === null correctly.
export function main(): (number | boolean | null)[] {
  const arr: (number | null)[] = [null, 1, null];
  const m = new Map<string, number | null>();
  m.set('n', null);
  const o: { v: number | null } = { v: null };
  let nulls = 0;
  for (const x of arr) {
    if (x === null) {
      nulls++;
    }
  }
  return [nulls, arr.length, m.get('n') === null, m.get('n') === undefined, m.has('n'), o.v === null, o.v == null, arr[0], m.size];
}
