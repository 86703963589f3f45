// Conditions are always booleans: comparisons, boolean variables, functions returning boolean, negation.
// Pitfall: none of JS truthiness is used; each condition lowers to a plain boolean test.
function isEven(n: number): boolean {
  return n % 2 === 0;
}
export function main(): string[] {
  const out: string[] = [];
  const flag = true;
  for (let i = 0; i < 6; i++) {
    if (isEven(i)) {
      out.push(`${i} even`);
    } else if (!flag) {
      out.push('never');
    } else {
      out.push(`${i} odd`);
    }
  }
  const empty: number[] = [];
  if (empty.length === 0) {
    out.push('empty array has length 0');
  }
  const s: string = '0';
  if (s !== '') {
    out.push('non-empty string "0"');
  }
  return out;
}
