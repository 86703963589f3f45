// PSC1014: builtins outside the supported set: flatMap, normalize, Math.random, JSON.parse/stringify, Object.assign, toFixed, localeCompare.
// The arrow given to flatMap belongs to a call already reported, so it gets no PSC1013 of its own.
interface P {
  a: number;
}

export function main(): (number | string | boolean)[] {
  const xs = [1, 2];
  const flat = xs.flatMap((x) => [x, x]); // @expect PSC1014
  const norm = 'e\u0301'.normalize('NFC'); // @expect PSC1014
  const r = Math.random(); // @expect PSC1014
  const parsed = JSON.parse('{"a":1}') as P; // @expect PSC1014
  const text = JSON.stringify(parsed); // @expect PSC1014
  const merged: P = Object.assign({ a: 0 }, parsed); // @expect PSC1014
  const fixed = (1.005).toFixed(2); // @expect PSC1014
  const order = 'a'.localeCompare('B'); // @expect PSC1014
  return [flat.length, norm, r < 1, text, merged.a, fixed, order, xs.includes(2)];
}
