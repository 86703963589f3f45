// Recursion: factorial, Fibonacci, Ackermann(2, n), mutual recursion, recursion building arrays.
// Pitfall: each call needs its own locals; PowerShell dynamic scoping must not share them.
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
function fib(n: number): number {
  if (n < 2) {
    return n;
  }
  const a = fib(n - 1);
  const b = fib(n - 2);
  return a + b;
}
function ack(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
function range(n: number): number[] {
  if (n === 0) {
    return [];
  }
  const rest = range(n - 1);
  rest.push(n);
  return rest;
}
export function main(): { fact: number[]; fib: number[]; ack: number[]; parity: boolean[]; ranges: number[][] } {
  return {
    fact: [fact(0), fact(5), fact(20), fact(25)],
    fib: [fib(0), fib(1), fib(10), fib(20)],
    ack: [ack(2, 3), ack(1, 10)],
    parity: [isEven(10), isOdd(7), isEven(7)],
    ranges: [range(0), range(1), range(5)],
  };
}
