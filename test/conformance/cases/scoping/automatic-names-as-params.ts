// Parameters and arrow parameters named input, args, _, matches, PSItem, this-like names (self).
// Pitfall: $input is an enumerator in functions and $_ / $PSItem / $args are set by PowerShell in script blocks.
function useInput(input: string, args: number[], matches: boolean): string {
  return `${input}:${args.length}:${matches}`;
}
export function main(): (string | number[] | boolean)[] {
  const data = [1, 2, 3];
  const doubled = data.map((_) => _ * 2);
  const kept = data.filter((input) => input > 1);
  const found = data.some((args) => args === 3);
  const names = ['a', 'b'].map((PSItem) => PSItem.toUpperCase());
  const total = data.reduce((self, matches) => self + matches, 0);
  return [useInput('x', [1, 2], true), useInput('', [], false), doubled, kept, found, names.join(''), String(total)];
}
