// Object spread: a later property replaces the value but keeps the first position, absent optional
// properties of a source are not copied, an explicit undefined replaces, integer-like keys first,
// the copy is independent of its source.
interface E { id: number; name: string; note?: string; tag?: string }
export function main(): unknown {
  const a: E = { id: 1, name: 'a', note: 'n' };
  const b: E = { ...a, name: 'b' };
  const base = { name: 'first', tag: 't' };
  const c: E = { ...base, ...a };
  const d = { ...a, extra: true, id: 9 };
  const e: E = { ...a, note: undefined };
  const f = { z: 1, ...{ 2: 'two', a: 1 }, 1: 'one' };
  a.name = 'changed';
  return { a, b, c, d, e, f, bn: b.name, cn: c.name };
}
