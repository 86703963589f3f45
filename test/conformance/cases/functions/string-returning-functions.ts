// Functions returning strings that look like numbers, empty strings and strings with newlines.
// Pitfall: PowerShell output of '' or '1' from functions must stay a string, not be converted or dropped.
function empty(): string {
  return '';
}
function numeric(): string {
  return '007';
}
function lines(): string {
  return 'a\nb\n';
}
export function main(): { values: string[]; checks: boolean[] } {
  const values = [empty(), numeric(), lines(), empty() + numeric()];
  return { values, checks: [empty() === '', numeric() === '007', numeric().length === 3, lines().split('\n').length === 3] };
}
