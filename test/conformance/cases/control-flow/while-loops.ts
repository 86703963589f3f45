// while loops: Collatz steps, a loop that never runs, a loop ended by break, a loop with continue.
// Pitfall: condition re-evaluation and break/continue in while.
function collatz(n: number): number {
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
export function main(): number[] {
  const out: number[] = [collatz(1), collatz(7), collatz(27), collatz(97)];
  let never = 0;
  while (never > 0) {
    never++;
  }
  out.push(never);
  let i = 0;
  while (true) {
    i++;
    if (i >= 5) {
      break;
    }
  }
  out.push(i);
  let odd = 0;
  let k = 0;
  while (k < 10) {
    k++;
    if (k % 2 === 0) {
      continue;
    }
    odd += k;
  }
  out.push(odd);
  return out;
}
