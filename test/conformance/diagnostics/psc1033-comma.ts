// PSC1033: the comma operator, in a for-loop update and in an expression.
export function main(): number[] {
  const out: number[] = [];
  let j = 10;
  for (let i = 0; i < 3; i++, j--) { // @expect PSC1033
    out.push(i + j);
  }
  let a = 0;
  const b = (a++, a * 2); // @expect PSC1033
  out.push(a, b);
  return out;
}
