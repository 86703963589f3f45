// @throws
// An error message with a newline and a tab in it (the header cannot spell it, so any message is accepted here;
// the runner still compares it with Node's).
// Pitfall: multi-line messages in ErrorRecord formatting must come back unchanged.
export function main(): number {
  const detail = ['first line', '\tsecond line'];
  throw new Error(detail.join('\n'));
}
