// Array.isArray on arrays, strings, objects, null; Array.from on arrays (copy), strings (code points) and Map keys/values.
// Pitfall: [string] is IEnumerable in .NET; Array.from(string) must split by code point.
export function main(): { isArr: boolean[]; copies: (number[] | string[])[]; independent: boolean } {
  const arr = [1, 2];
  const m = new Map<string, number>();
  m.set('b', 2);
  m.set('a', 1);
  const copy = Array.from(arr);
  copy.push(3);
  const s: string | number[] = 'ab';
  const o: { x: number } | number[] = { x: 1 };
  const n: null | number[] = null;
  return {
    isArr: [Array.isArray(arr), Array.isArray(s), Array.isArray(o), Array.isArray(n), Array.isArray([]), Array.isArray([[]])],
    copies: [copy, Array.from('a😀b'), Array.from(m.keys()), Array.from(m.values()), Array.from([] as number[])],
    independent: arr.length === 2,
  };
}
