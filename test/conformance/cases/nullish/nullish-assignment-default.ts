// Defaulting variables with x = x ?? d and with explicit === undefined checks, in loops and functions.
// Pitfall: variables that start as undefined and become numbers; `let x: T | undefined` with no initializer.
export function main(): { best: number | undefined; first: string | undefined; filled: number[] } {
  let best: number | undefined;
  for (const v of [3, 9, 2]) {
    if (best === undefined || v > best) {
      best = v;
    }
  }
  let first: string | undefined;
  for (const w of ['', 'x', 'y']) {
    first = first ?? (w !== '' ? w : undefined);
  }
  const sparse: (number | undefined)[] = [1, undefined, 3, undefined];
  const filled = sparse.map((x) => x ?? 0);
  return { best, first, filled };
}
