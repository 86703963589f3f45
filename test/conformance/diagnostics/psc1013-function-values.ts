// PSC1013: arrows and function expressions used as values: stored in variables or passed to a user function
// (they are never called here, so no other diagnostic applies); a direct array-method callback stays allowed.
function apply(f: (n: number) => number, v: number): number {
  return f === undefined ? 0 : v;
}

export function main(): number[] {
  const inc = (n: number): number => n + 1; // @expect PSC1013:15
  const dbl = function (n: number): number { // @expect PSC1013:15
    return n * 2;
  };
  const viaUser = apply((n) => n * 3, 2); // @expect PSC1013:25
  const ok = [1, 2].map((n) => n + 1);
  return [viaUser, ...ok, inc === undefined ? 0 : 1, dbl === undefined ? 0 : 1];
}
