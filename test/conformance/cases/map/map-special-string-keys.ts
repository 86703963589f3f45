// String keys that are special elsewhere: 'Count', 'Keys', 'length', '__proto__', 'constructor', '', '$null', '中文'.
// Pitfall: dictionary member names (Count, Keys) and PowerShell dot access must not shadow entries.
export function main(): { size: number; values: (number | undefined)[]; keys: string[] } {
  const m = new Map<string, number>();
  const names = ['Count', 'Keys', 'Values', 'length', '__proto__', 'constructor', '', '$null', '中文', 'psbase'];
  let i = 0;
  for (const n of names) {
    m.set(n, i);
    i++;
  }
  const values: (number | undefined)[] = [];
  for (const n of names) {
    values.push(m.get(n));
  }
  values.push(m.get('count'));
  return { size: m.size, values, keys: Array.from(m.keys()) };
}
