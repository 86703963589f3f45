// run-both CLI contract: a construct outside the subset (exit 2, a coded diagnostic at its line).
export function main(): number {
  const n = 3;
  if (n) {
    return 1;
  }
  return 0;
}
