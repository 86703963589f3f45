// Several truthiness and operator problems in one function: numbers, strings, arrays and optionals as
// conditions, && / || / ! on non-booleans, a mixed-union comparison, loose equality; explicit tests are fine.
function compare(a: string | number, b: string | number): boolean {
  return a > b; // @expect PSC1021:10
}

export function main(): (boolean | number | string)[] {
  const n = 0;
  const s: string = '';
  const xs: number[] = [];
  const maybe: string | undefined = undefined;
  const out: (boolean | number | string)[] = [];
  if (xs.length) { // @expect PSC1009:7
    out.push('has items');
  }
  const label = maybe || 'none'; // @expect PSC1009
  const neg = !n; // @expect PSC1009
  const pick = s ? s : 'empty'; // @expect PSC1009:16
  while (n && s) { // @expect PSC1009
    break;
  }
  const same = n == 0; // @expect PSC1015
  if (xs.length > 0 && s !== '' && maybe !== undefined) {
    out.push('explicit tests are fine');
  }
  out.push(label, neg, pick, same, compare(1, 'a'));
  return out;
}
