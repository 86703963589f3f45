// Identifiers with $ and non-ASCII letters: $x, a$b, _private, ñ, 变量, camelCase vs snake_case.
// Pitfall: $ in names and non-ASCII identifiers need ${...} or renaming in PowerShell.
function $double(n: number): number {
  return n * 2;
}
export function main(): number[] {
  const $x = 1;
  const a$b = 2;
  const _private = 3;
  const ñ = 4;
  const 变量 = 5;
  const snake_case = 6;
  const $ = 7;
  const x$ = 8;
  return [$x, a$b, _private, ñ, 变量, snake_case, $, x$, $double($x + $)];
}
