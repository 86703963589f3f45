// PSC1018: dynamic property access obj[key] on objects and Records (a Map is the supported form).
interface Cfg {
  host: string;
  port: string;
}

export function main(): string[] {
  const table: Record<string, number> = { a: 1 };
  const cfg: Cfg = { host: 'h', port: '1' };
  const key: keyof Cfg = 'host';
  const out: string[] = [];
  const k: string = 'a';
  out.push(String(table[k])); // @expect PSC1018
  out.push(cfg[key]); // @expect PSC1018
  return out;
}
