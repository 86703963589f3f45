// Updating Map values in a loop over keys(), and reading values() afterwards: set on an existing key while iterating a snapshot.
// Pitfall: modifying an OrderedDictionary while enumerating it throws in .NET; keys are snapshotted first here.
export function main(): { values: number[]; keys: string[] } {
  const m = new Map<string, number>();
  m.set('x', 1);
  m.set('y', 2);
  m.set('z', 3);
  for (const k of Array.from(m.keys())) {
    m.set(k, (m.get(k) ?? 0) * 10);
  }
  return { values: Array.from(m.values()), keys: Array.from(m.keys()) };
}
