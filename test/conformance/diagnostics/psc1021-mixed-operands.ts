// PSC1021: relational operators on mixed string/number unions and on booleans.
function less(a: string | number, b: string | number): boolean {
  return a < b; // @expect PSC1021:10
}

export function main(): boolean[] {
  const t = true;
  const f = false;
  return [less(1, '2'), t > f, 'a' < 'b', 1 < 2]; // @expect PSC1021
}
