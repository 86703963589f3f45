// PSC1007: for-in over an object is rejected (Object.keys and for-of are the supported forms).
interface Cfg {
  a: number;
  b: number;
}

export function main(): string[] {
  const cfg: Cfg = { a: 1, b: 2 };
  const keys: string[] = [];
  for (const k in cfg) { // @expect PSC1007:3
    keys.push(k);
  }
  for (const k of Object.keys(cfg)) {
    keys.push(k);
  }
  return keys;
}
