// Object.keys on literals, on objects with added properties, on empty objects and in for-of loops.
// Pitfall: .Keys of an OrderedDictionary is a live collection; Object.keys must return a new array.
// (Object.keys of a type with optional properties is PSC1044: see diagnostics/psc1044-object-keys-optional.ts.)
interface Cfg {
  host: string;
  port: number;
  tls: boolean;
}
export function main(): { a: string[]; b: string[]; c: string[]; built: string[]; lens: number[] } {
  const cfg: Cfg = { host: 'h', port: 1, tls: false };
  const a = Object.keys(cfg);
  cfg.tls = true;
  const b = Object.keys(cfg);
  const empty: Record<never, never> = {};
  const c = Object.keys(empty);
  const built: string[] = [];
  for (const k of Object.keys(cfg)) {
    built.push(k.toUpperCase());
  }
  a.push('notInObject');
  return { a, b, c, built, lens: [Object.keys(cfg).length, Object.keys(empty).length] };
}
