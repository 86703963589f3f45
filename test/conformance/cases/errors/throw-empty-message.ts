// @throws
// new Error('') with an empty message (the runner compares the empty message).
// Pitfall: PowerShell `throw ''` produces "ScriptHalted"; an empty message must stay empty.
export function main(): number {
  const xs: number[] = [];
  if (xs.length === 0) {
    throw new Error('');
  }
  return xs[0];
}
