// PSC1011: try/catch and try/finally are rejected (exceptions are not control flow in core).
function risky(n: number): number {
  if (n < 0) {
    throw new Error('negative');
  }
  return n;
}

export function main(): number {
  let r = 0;
  try { // @expect PSC1011:3
    r = risky(-1);
  } catch {
    r = -1;
  }
  try { // @expect PSC1011:3
    r += risky(2);
  } finally {
    r += 100;
  }
  return r;
}
