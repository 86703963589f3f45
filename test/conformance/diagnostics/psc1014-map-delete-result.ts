// PSC1014: the boolean result of Map.delete is not supported (calling delete as a statement is).
export function main(): boolean[] {
  const m = new Map<string, number>();
  m.set('a', 1);
  const removed = m.delete('a'); // @expect PSC1014
  m.delete('b');
  return [removed, m.delete('c'), m.size === 0]; // @expect PSC1014
}
