// Accumulating 0.1 ten times and similar float drift; results compared and printed.
// Pitfall: [decimal] or rounding in PowerShell would hide the drift JS shows.
export function main(): { sum: number; text: string; isOne: boolean; steps: string[] } {
  let sum = 0;
  const steps: string[] = [];
  for (let i = 0; i < 10; i++) {
    sum += 0.1;
    steps.push(String(sum));
  }
  return { sum, text: String(sum), isOne: sum === 1, steps };
}
