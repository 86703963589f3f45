// Division always yields a double in JS: 7/2 is 3.5, 10/5 is 2, results format without ".0".
// Pitfall: integer division / [int] casts; 1/3 formatting; -0 from 0/-5.
export function main(): { values: number[]; text: string[]; negZero: boolean } {
  const seven = 7;
  const two = 2;
  const values = [seven / two, -seven / two, 1 / 3, 2 / 3, 10 / 5, 6 / 4, 0 / 5, (2 / 3) * 3, 4294967295 / 3, 1 / 7, 100 / 3, -1 / 3, 9 / 3 / 3];
  const text: string[] = [];
  for (const v of values) {
    text.push(String(v));
  }
  const z = 0 / -5;
  return { values, text, negZero: 1 / z < 0 };
}
