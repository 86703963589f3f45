/** Canonical JSON: JSON.stringify semantics, key order kept, arrays stay arrays. */
export function canonical(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/** A result as both engines report it: the value, or the error message a throw produced. */
export type EngineResult = { value: unknown } | { error: string };

export function resultJson(r: EngineResult): unknown {
  return 'error' in r ? { $error: r.error } : r.value;
}
