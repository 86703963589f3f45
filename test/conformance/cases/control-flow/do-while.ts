// do-while runs its body at least once; continue jumps to the condition.
// Pitfall: PowerShell do { } while () has the same shape, but continue must evaluate the condition.
export function main(): number[] {
  const out: number[] = [];
  let i = 10;
  do {
    out.push(i);
    i++;
  } while (i < 5);
  let j = 0;
  do {
    j++;
    if (j === 2) {
      continue;
    }
    out.push(j * 100);
  } while (j < 4);
  let digits = 0;
  let n = 12345;
  do {
    digits++;
    n = Math.floor(n / 10);
  } while (n > 0);
  out.push(digits);
  return out;
}
