// PSC1034: Set (a Map is the supported form); the set is created but not used, so nothing else is reported.
export function main(): number {
  const s = new Set<string>(); // @expect PSC1034:13
  const m = new Map<string, boolean>();
  m.set('a', true);
  return s === null ? 0 : m.size;
}
