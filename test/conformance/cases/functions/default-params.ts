// Default parameter values: used when the argument is omitted or undefined, not when it is null, 0 or ''.
// Pitfall: PowerShell defaults apply only when the parameter is not bound; $null binds.
function f(a: number, b: number = 10, c: string = `b=${b}`): string {
  return `${a}|${b}|${c}`;
}
function g(x: number | null = 5): string {
  return String(x);
}
function h(list: number[] = []): number[] {
  list.push(1);
  return list;
}
export function main(): (string | number[])[] {
  return [f(1), f(1, 2), f(1, undefined, 'c'), f(1, 0, ''), g(), g(undefined), g(null), g(0), h(), h(), h([9])];
}
