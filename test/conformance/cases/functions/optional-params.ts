// Optional parameters: omitted ones are undefined; passing undefined explicitly is the same as omitting.
// Pitfall: PowerShell $null vs missing parameter; an omitted parameter must not pick up a caller variable.
function greet(name: string, title?: string, times?: number): string {
  const t = title === undefined ? '' : `${title} `;
  const n = times ?? 1;
  return `${t}${name}`.repeat(n);
}
function count(a?: number, b?: number): number {
  let c = 0;
  if (a !== undefined) c++;
  if (b !== undefined) c++;
  return c;
}
export function main(): (string | number)[] {
  const title = 'Caller';
  return [greet('Ann'), greet('Bob', 'Dr'), greet('Cy', undefined, 2), greet('Di', '', 0), count(), count(1), count(undefined, 2), count(0, 0), title];
}
