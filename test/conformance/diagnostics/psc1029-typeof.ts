// PSC1029: typeof in expressions (type-level `typeof` in a type position is erased and fine).
const defaults = { port: 80 };
type Defaults = typeof defaults;

function describe(x: string | number): string {
  if (typeof x === 'string') { // @expect PSC1029:7
    return x;
  }
  return String(x);
}

export function main(): string[] {
  const d: Defaults = { port: 1 };
  const kind = typeof d.port; // @expect PSC1029:16
  return [describe(1), describe('a'), kind];
}
