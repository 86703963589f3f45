// Numeric Map keys read back with keys() and for-of print and serialize as JS numbers (1, not 1.0).
// Pitfall: keys normalised to [double] must format like JS numbers: 1, 0.5, 1e+21, -0 as 0.
export function main(): { keys: number[]; text: string[]; sum: number } {
  const m = new Map<number, boolean>();
  for (const k of [3, 1, 0.5, 1e21, -0, 2147483648, -7]) {
    m.set(k, true);
  }
  const keys = Array.from(m.keys());
  const text: string[] = [];
  let sum = 0;
  for (const k of m.keys()) {
    text.push(`${k}`);
    sum += k;
  }
  return { keys, text, sum };
}
