// Map numeric keys: 1 and 1.0 are the same key, 1 and '1' are different, 0 and -0 are the same, NaN works as a key.
// Pitfall: [int]1 and [double]1 hash differently in .NET; -0.0 and 0.0 hashed differently in .NET Framework.
export function main(): { size: number; gets: (string | undefined)[]; keys: (number | string)[]; has: boolean[] } {
  const m = new Map<number | string, string>();
  m.set(1, 'int one');
  m.set(1.0, 'double one');
  m.set('1', 'string one');
  m.set(0, 'zero');
  m.set(-0, 'negative zero');
  const zero = 0;
  m.set(zero / zero, 'nan');
  m.set(2147483648, 'two^31');
  m.set(4 / 2, 'two');
  m.set(0.5, 'half');
  return {
    size: m.size,
    gets: [m.get(1), m.get('1'), m.get(0), m.get(-0), m.get(zero / zero), m.get(2), m.get(2.0), m.get('2'), m.get(0x80000000), m.get(1 / 2)],
    keys: Array.from(m.keys()),
    has: [m.has(1), m.has('1'), m.has(1.5), m.has(-0), m.has('0')],
  };
}
