// PSC1015: == and != between non-null operands (numbers, strings); == null / != null stay allowed.
function compare(a: number, b: number, s: string, u: string | undefined): boolean[] {
  return [
    a == b, // @expect PSC1015
    s != 'y', // @expect PSC1015
    u == null,
    u != null,
    a === b,
  ];
}

export function main(): boolean[] {
  return compare(1, 2, 'x', undefined);
}
