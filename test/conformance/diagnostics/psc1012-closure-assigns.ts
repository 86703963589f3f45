// PSC1012: arrow callbacks that assign variables declared outside them (=, +=, ++), while mutating an outer array is fine.
export function main(): number[] {
  const xs = [1, 2, 3];
  let total = 0;
  let count = 0;
  let last = -1;
  const seen: number[] = [];
  xs.forEach((x) => { total += x; }); // @expect PSC1012
  const doubled = xs.map((x) => { count++; return x * 2; }); // @expect PSC1012
  xs.forEach((x) => { last = x; }); // @expect PSC1012
  xs.forEach((x) => { seen.push(x); });
  const local = xs.map((x) => { let y = x; y++; return y; });
  return [total, count, last, ...doubled, ...seen, ...local];
}
