// Several problems in one file: a class, an enum, async/await, a regex, any, object spread, delete and
// a bigint, each reported at its own line in one run.
enum Level { // @expect PSC1036:1
  Low,
  High,
}

class Store { // @expect PSC1002:1
  items: string[] = [];
}

async function fetchCount(): Promise<number> { // @expect PSC1003:1
  return 1;
}

async function twice(): Promise<number> { // @expect PSC1003:1
  return (await fetchCount()) * 2; // @expect PSC1003:11
}

interface Opt {
  a: number;
  b?: number;
}

export function main(): number {
  const pattern = /x+/; // @expect PSC1005:19
  const loose: any = 1; // @expect PSC1006:16
  const base: Opt = { a: 1, b: 2 };
  const copy: Opt = { ...base };
  delete copy.b; // @expect PSC1024:3
  const big = 10n; // @expect PSC1031:15
  return base.a + (loose as number) + (pattern !== null ? 1 : 0) + (big !== undefined ? 1 : 0);
}
