// ?? replaces only null and undefined, never 0, '', false or NaN; chains evaluate left to right lazily.
// Pitfall: a PowerShell rewrite using truthiness (if ($x) ...) would replace 0, '' and $false too.
function val(log: string[], name: string, v: number | null | undefined): number | null | undefined {
  log.push(name);
  return v;
}
export function main(): { results: (number | string | boolean)[]; log: string[] } {
  const zero = 0;
  const empty: string | null = '';
  const f: boolean | undefined = false;
  const n: number | null = null;
  const u: number | undefined = undefined;
  const log: string[] = [];
  const results: (number | string | boolean)[] = [
    zero ?? 1, empty ?? 'dflt', f ?? true, n ?? 2, u ?? 3, val(log, 'nan', zero / zero) ?? 4, n ?? u ?? 5, n ?? zero ?? 6,
    val(log, 'a', 1) ?? val(log, 'b', 2) ?? 0, val(log, 'c', null) ?? val(log, 'd', undefined) ?? val(log, 'e', 7) ?? 0,
  ];
  return { results, log };
}
