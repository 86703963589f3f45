// @throws: stopped after 3 items
// Work done before the throw does not matter: only the error message is compared.
// Pitfall: output written before a terminating error must not be mistaken for the result.
export function main(): number[] {
  const out: number[] = [];
  for (let i = 0; i < 10; i++) {
    if (i === 3) {
      throw new Error(`stopped after ${out.length} items`);
    }
    out.push(i);
  }
  return out;
}
