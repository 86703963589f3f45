// == null / != null on optional values, array elements, Map lookups and object properties.
// Pitfall: $null -eq $x vs $x -eq $null order, and DBNull vs $null both counting as nullish.
interface Opt {
  a?: number;
  b: string | null;
}
export function main(): boolean[] {
  const o1: Opt = { b: null };
  const o2: Opt = { a: 0, b: '' };
  const m = new Map<string, number>();
  m.set('zero', 0);
  const arr: (number | null | undefined)[] = [0, null, undefined];
  return [
    o1.a == null, o1.b == null, o2.a == null, o2.b == null, o2.a != null, m.get('zero') == null, m.get('none') == null,
    arr[0] == null, arr[1] == null, arr[2] == null, null == o1.b, o1.a === undefined,
  ];
}
