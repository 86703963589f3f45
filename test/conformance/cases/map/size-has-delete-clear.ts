// size after set/delete/clear (deleting a missing key is a no-op); has and get after delete and clear.
// Pitfall: OrderedDictionary.Remove of a missing key; Count after Clear. (Using delete's boolean result is PSC1014.)
export function main(): (number | boolean)[] {
  const m = new Map<string, boolean>();
  const out: (number | boolean)[] = [m.size];
  m.set('a', true);
  m.set('b', false);
  m.set('a', false);
  out.push(m.size, m.has('a'), m.get('a') === false);
  m.delete('a');
  m.delete('a');
  out.push(m.has('a'), m.size);
  m.clear();
  out.push(m.size, m.has('b'), m.get('b') === undefined);
  m.set('b', true);
  out.push(m.size);
  return out;
}
