// Integer-like keys ('0', '1', '10') come first in ascending numeric order, then string keys in insertion order.
// Pitfall: an ordered dictionary keeps pure insertion order; JS objects reorder array-index keys.
interface Keys {
  b: string;
  '10': string;
  a: string;
  '2': string;
  '-1': string;
  '01': string;
  '1.5': string;
}
export function main(): { obj: Keys; keys: string[] } {
  const obj: Keys = { b: 'b', '10': 'ten', a: 'a', '2': 'two', '-1': 'minus', '01': 'zero-one', '1.5': 'one-half' };
  return { obj, keys: Object.keys(obj) };
}
