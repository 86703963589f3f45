// String conversion and concatenation of null and undefined through String() and templates.
// Pitfall: [string]$null is '' in PowerShell; JS gives 'null' / 'undefined'.
export function main(): string[] {
  const n: string | null = null;
  const u: string | undefined = undefined;
  const arr: (string | null | undefined)[] = [n, u];
  return [String(n), String(u), `${n}-${u}`, 'x' + String(n), arr.map((x) => String(x)).join(','), arr.join(',')];
}
