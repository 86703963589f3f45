// switch on strings matches case-sensitively and exactly (no wildcard, no regex, no trimming).
// Pitfall: PowerShell switch is case-insensitive by default and -wildcard/-regex change matching.
function kind(s: string): string {
  switch (s) {
    case 'TCP':
      return 'upper tcp';
    case 'tcp':
      return 'lower tcp';
    case '*':
      return 'star';
    case 'a?':
      return 'a question';
    case '[x]':
      return 'bracket x';
    case '':
      return 'empty';
    default:
      return `no match for '${s}'`;
  }
}
export function main(): string[] {
  const out: string[] = [];
  for (const s of ['TCP', 'tcp', 'Tcp', '*', 'anything', 'a?', 'ab', '[x]', 'x', '', ' ', 'tcp ']) {
    out.push(kind(s));
  }
  return out;
}
