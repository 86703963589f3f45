// size after set/delete/clear; delete returns true only when the key existed; has after delete.
// Pitfall: OrderedDictionary.Remove returns nothing; the boolean result must be computed.
export function main(): (number | boolean)[] {
  const m = new Map<string, boolean>();
  const out: (number | boolean)[] = [m.size];
  m.set('a', true);
  m.set('b', false);
  m.set('a', false);
  out.push(m.size, m.has('a'), m.get('a') === false);
  out.push(m.delete('a'), m.delete('a'), m.has('a'), m.size);
  m.clear();
  out.push(m.size, m.has('b'), m.get('b') === undefined);
  m.set('b', true);
  out.push(m.size);
  return out;
}
