// Empty and one-element arrays through every method: map, filter, slice, concat, sort, reverse, reduce, spread, join.
// Pitfall: each builtin's result must stay a List even when it has 0 or 1 elements.
export function main(): (number[] | string | number | boolean | undefined)[] {
  const e: number[] = [];
  const one = [7];
  return [
    e.map((x) => x), one.map((x) => x * 2), e.filter((x) => x > 0), one.filter((x) => x > 0), one.filter((x) => x < 0),
    e.slice(), one.slice(), one.slice(1), e.concat(e), one.concat(e), e.sort((a, b) => a - b), one.reverse(),
    one.reduce((a: number[], x) => a.concat([x]), []), [...one], [...e], e.join(','), one.join(','), one.indexOf(7), e.includes(7),
    one.find((x) => x === 7), e.find((x) => x === 7), one.length,
  ];
}
