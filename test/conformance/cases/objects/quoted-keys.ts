// Object literal keys that need quoting: spaces, dashes, dots, $, @, non-ASCII, quotes (the empty key is rejected: PSC1043).
// Pitfall: ordered dictionary keys must be quoted correctly in the emitted PowerShell.
interface Q {
  'with space': number;
  'dash-key': number;
  'dot.key': number;
  '$dollar': number;
  '@at': number;
  '中文': number;
  "it's": number;
}
export function main(): { obj: Q; keys: string[] } {
  const obj: Q = { 'with space': 1, 'dash-key': 2, 'dot.key': 3, '$dollar': 4, '@at': 5, '中文': 6, "it's": 8 };
  return { obj, keys: Object.keys(obj) };
}
