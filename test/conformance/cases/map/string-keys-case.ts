// Map string keys differing only in case, whitespace or normalization are distinct keys.
// Pitfall: PowerShell @{} / [ordered]@{} compare keys case-insensitively.
export function main(): { size: number; values: (number | undefined)[]; has: boolean[]; keys: string[] } {
  const m = new Map<string, number>();
  m.set('key', 1);
  m.set('KEY', 2);
  m.set('Key', 3);
  m.set('key ', 4);
  m.set('é', 5);
  m.set('e\u0301', 6);
  m.set('', 7);
  return {
    size: m.size,
    values: [m.get('key'), m.get('KEY'), m.get('Key'), m.get('kEY'), m.get('é'), m.get('e\u0301'), m.get('')],
    has: [m.has('key'), m.has('kEy'), m.has(''), m.has(' ')],
    keys: Array.from(m.keys()),
  };
}
