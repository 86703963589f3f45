// Unary minus and plus on numbers and unary plus on strings (string to number conversion).
// Pitfall: +'' is 0, +' 12 ' is 12, +'0x1f' is 31, +'1e3' is 1000, +'12px' is NaN.
export function main(): { nums: number[]; text: string[] } {
  const n = 5;
  const strs = ['3', ' 12 ', '', '0x1f', '1e3', '-2.5', '12px', '.5', '+7', '0b11', 'Infinity', '\t\n 4 \r'];
  const nums: number[] = [-n, +n, -(-n), - -n, -(n - 10)];
  for (const s of strs) {
    nums.push(+s);
  }
  const text: string[] = [];
  for (const v of nums) {
    text.push(String(v));
  }
  return { nums, text };
}
