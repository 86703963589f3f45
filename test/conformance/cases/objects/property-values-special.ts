// Property values that are NaN, Infinity, -0, empty strings, nested empty arrays and null.
// Pitfall: JSON of special numbers (null), -0 (0), and DBNull vs $null properties.
interface V {
  nan: number;
  inf: number;
  negZero: number;
  empty: string;
  nested: number[][];
  nul: null;
  maybe: string | null;
}
export function main(): V[] {
  const zero = 0;
  return [
    { nan: 0 / zero, inf: 1 / zero, negZero: -0, empty: '', nested: [[]], nul: null, maybe: null },
    { nan: 1, inf: -1 / zero, negZero: 0, empty: ' ', nested: [], nul: null, maybe: 'set' },
  ];
}
