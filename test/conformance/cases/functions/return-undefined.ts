// Functions returning undefined: explicit `return undefined`, bare `return`, falling off the end of void.
// Pitfall: PowerShell functions return all uncaptured output; a void call must not add values anywhere.
function maybe(n: number): number | undefined {
  if (n > 0) {
    return n;
  }
  return undefined;
}
function bare(log: string[]): void {
  log.push('bare');
  return;
}
function noReturn(log: string[]): void {
  log.push('noReturn');
}
function find(list: string[], x: string): string | undefined {
  for (const s of list) {
    if (s === x) {
      return s;
    }
  }
  return undefined;
}
export function main(): { results: (number | undefined)[]; isUndef: boolean[]; log: string[]; found: (string | undefined)[] } {
  const log: string[] = [];
  bare(log);
  noReturn(log);
  const results = [maybe(1), maybe(0), maybe(-1)];
  const isUndef = [maybe(0) === undefined, maybe(2) === undefined, find([], 'a') === undefined];
  return { results, isUndef, log, found: [find(['a', 'b'], 'b'), find(['a'], 'z')] };
}
