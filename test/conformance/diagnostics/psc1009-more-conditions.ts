// PSC1009: more non-boolean conditions: an array, a possibly-undefined value, a do-while on a number, a for condition on a number.
function first(xs: number[]): number | undefined {
  return xs.length > 0 ? xs[0] : undefined;
}

export function main(): number {
  const xs = [1, 2];
  let count = 0;
  if (xs) { // @expect PSC1009:7
    count++;
  }
  const f = first(xs);
  if (f) { // @expect PSC1009:7
    count += f;
  }
  let k = 3;
  do {
    k--;
  } while (k); // @expect PSC1009:12
  for (let i = 5; i; i--) { // @expect PSC1009:19
    count++;
  }
  if (f !== undefined && xs.length > 0) {
    count++;
  }
  return count;
}
