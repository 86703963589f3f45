// Functions and variables named like PowerShell keywords and operators: foreach, param, begin, process, end, filter, exit, trap, until, data.
// Pitfall: emitting `function process` or `$filter` is fine, but bare keyword calls parse differently.
function param(x: number): number {
  return x + 1;
}
function begin(): string {
  return 'begin';
}
function process(s: string): string {
  return s.toUpperCase();
}
function end(): string {
  return 'end';
}
function exit(code: number): number {
  return code * 2;
}
function until(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}
export function main(): (number | string | number[])[] {
  const filter = 'f';
  const trap = 't';
  const data = 'd';
  const foreach = [1, 2];
  const dynamicparam = 'dp';
  const workflow = 'wf';
  return [param(1), begin(), process('p'), end(), exit(3), until(3), filter, trap, data, foreach, dynamicparam, workflow];
}
