// String methods given fractional or negative numeric arguments truncate them like ToIntegerOrInfinity.
// Pitfall: casting 1.5 to [int] in PowerShell rounds to even (2), JS truncates (1).
export function main(): string[] {
  const s = 'abcdef';
  return [
    s.charAt(1.5), s.charAt(2.5), s.slice(1.5, 3.5), s.substring(0.9, 2.9), 'x'.padStart(3.7, '-'), 'ab'.repeat(2.9),
    s.slice(-1.5), String(s.indexOf('c', 1.9)), s.charAt(-0.5), String(s.charCodeAt(0.99)),
  ];
}
