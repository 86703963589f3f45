// Building an index Map from an array of records and looking records up by id and by lower-cased name.
// Pitfall: lookups by computed keys (toLowerCase, numbers from parseInt) must hit the same entries.
interface Rec {
  id: number;
  name: string;
}
export function main(): (string | number | boolean)[] {
  const recs: Rec[] = [{ id: 10, name: 'Alpha' }, { id: 20, name: 'beta' }, { id: 30, name: 'GAMMA' }];
  const byId = new Map<number, Rec>();
  const byName = new Map<string, Rec>();
  for (const r of recs) {
    byId.set(r.id, r);
    byName.set(r.name.toLowerCase(), r);
  }
  const a = byId.get(parseInt('20', 10));
  const b = byName.get('GAMMA'.toLowerCase());
  const c = byId.get(Number('10.0'));
  return [a === undefined ? 'none' : a.name, b === undefined ? 'none' : b.id, c === undefined ? 'none' : c.name, byName.has('Alpha'), byId.has(15 + 15)];
}
