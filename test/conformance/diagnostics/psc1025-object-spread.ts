// PSC1025: spread outside the supported forms: an array spread into an object, a spread in call
// arguments, and a spread into Math.max. (Object spread of objects and array spread in array
// literals are supported: cases/objects/object-spread.ts.)
interface P {
  a: number;
  b: number;
}

function sum(x: number, y: number): number {
  return x + y;
}

export function main(): number[] {
  const base: P = { a: 1, b: 2 };
  const nums = [1, 2];
  const weird = { ...nums }; // @expect PSC1025:19
  const s = sum(...([3, 4] as [number, number])); // @expect PSC1025:17
  const m = Math.max(...nums); // @expect PSC1025:22
  return [base.a, weird[0], s, m]; // @expect PSC1018
}
