// Arrays of objects: find by property, update in place, sort by a field, map to a field.
// Pitfall: objects in List[object] keep identity; property access on each element, not the collection.
interface Entry {
  id: number;
  name: string;
  enabled: boolean;
}
export function main(): { names: string[]; found: Entry | undefined; sorted: number[]; enabledCount: number; entries: Entry[] } {
  const entries: Entry[] = [
    { id: 3, name: 'c', enabled: true },
    { id: 1, name: 'a', enabled: false },
    { id: 2, name: 'b', enabled: true },
  ];
  const target = entries.find((e) => e.id === 1);
  if (target !== undefined) {
    target.enabled = true;
    target.name = target.name + '!';
  }
  const sorted = entries.slice().sort((x, y) => x.id - y.id).map((e) => e.id);
  return {
    names: entries.map((e) => e.name),
    found: entries.find((e) => e.name === 'b'),
    sorted,
    enabledCount: entries.filter((e) => e.enabled).length,
    entries,
  };
}
