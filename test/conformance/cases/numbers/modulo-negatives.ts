// The remainder operator keeps the sign of the dividend, works on doubles and can give -0.
// Pitfall: .NET int MinValue % -1 throws; % on doubles; -4 % 2 is -0 in JS.
export function main(): { values: number[]; text: string[]; negZero: boolean[] } {
  const min = -2147483648;
  const values = [-7 % 3, 7 % -3, -7 % -3, 7 % 3, 5.5 % 2, -5.5 % 2, 0 % 5, 4294967296 % 7, 9007199254740991 % 10, min % -1, 0.3 % 0.1, -1 % 4294967296, 5 % 4294967295];
  const text: string[] = [];
  for (const v of values) {
    text.push(String(v));
  }
  const nz = -4 % 2;
  const inf = 1 / 0;
  const negZero = [1 / nz < 0, 1 / (min % -1) < 0, Number.isNaN(inf % 2), 5 % inf === 5];
  return { values, text, negZero };
}
