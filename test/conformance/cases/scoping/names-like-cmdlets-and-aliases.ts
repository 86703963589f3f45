// Module-level functions named like PowerShell aliases and cmdlets: sort, where, select, echo, cat, ls, type, measure, group.
// Pitfall: aliases take precedence over functions in PowerShell, so `sort 1` would call Sort-Object.
function sort(x: number[]): number[] {
  return x.slice().sort((a, b) => b - a);
}
function where(x: number[]): number[] {
  return x.filter((v) => v > 1);
}
function select(x: number[]): number {
  return x[0];
}
function echo(s: string): string {
  return `echo:${s}`;
}
function cat(a: string, b: string): string {
  return a + b;
}
function ls(): string[] {
  return ['not', 'a', 'directory'];
}
function type(s: string): string {
  return `type:${s}`;
}
function measure(x: number[]): number {
  return x.length;
}
function group(x: number[]): number[][] {
  return [x];
}
function write(s: string): string {
  return s + '!';
}
function sleep(n: number): number {
  return n;
}
function diff(a: number, b: number): number {
  return a - b;
}
export function main(): (number | string | number[] | string[] | number[][])[] {
  const xs = [1, 3, 2];
  return [sort(xs), where(xs), select(xs), echo('hi'), cat('a', 'b'), ls(), type('t'), measure(xs), group(xs), write('w'), sleep(0), diff(5, 3)];
}
