// Integers beyond 2^53 are doubles in JS: 2^53 + 1 === 2^53, products round to the nearest double.
// Pitfall: PowerShell promotes to [long] (exact) or [decimal]; results must keep JS double rounding.
export function main(): { values: number[]; text: string[]; equal: boolean[] } {
  const p53 = 9007199254740992;
  const big = 4294967297;
  const values = [
    p53 + 1, p53 + 2, p53 + 3, p53 * 3 + 1, 123456789 * 987654321, big * 3000001, big * big,
    4294967296 * 4294967296, 9007199254740991 + 2, 1e15 + 0.3, 4294967296 * 2097151 + 1,
  ];
  const text: string[] = [];
  for (const v of values) {
    text.push(String(v));
  }
  const equal = [p53 + 1 === p53, p53 + 2 === p53, 123456789 * 987654321 === 121932631112635260, big * big - 1 === big * big];
  return { values, text, equal };
}
