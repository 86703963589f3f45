// Array and object literals: empty, single-element, nested, trailing commas, mixed element types.
// Pitfall: @() and single-element arrays unroll in PowerShell; {} must stay an object, [] an array.
interface Shape {
  empty: number[];
  one: number[];
  nestedEmpty: number[][];
  nestedOne: number[][];
  deep: number[][][];
  obj: { a?: number };
  mixed: (string | number | boolean)[];
  objs: { id: number }[];
}
export function main(): Shape {
  return {
    empty: [],
    one: [1],
    nestedEmpty: [[]],
    nestedOne: [[1]],
    deep: [[[]], [[2]], [[3, 4]]],
    obj: {},
    mixed: ['a', 1, true,],
    objs: [{ id: 1 }],
  };
}
