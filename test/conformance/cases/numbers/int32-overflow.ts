// Arithmetic that leaves the int32 range: +, -, * and ++ across 2^31.
// Pitfall: PowerShell [int] arithmetic; results must become exact doubles like JS, never wrap or throw.
export function main(): { results: number[]; text: string[] } {
  const max = 2147483647;
  const min = -2147483648;
  let i = max - 2;
  const steps: number[] = [];
  for (let k = 0; k < 5; k++) {
    i++;
    steps.push(i);
  }
  let j = min + 2;
  for (let k = 0; k < 5; k++) {
    j--;
  }
  const results = [max + 1, min - 1, max * 2, min * 2, 65536 * 65536, 46341 * 46341, max + max, -min, -(min), max * max, min * min, j, ...steps, 99999 * 99999];
  const text: string[] = [];
  for (const r of results) {
    text.push(String(r));
  }
  return { results, text };
}
