/** Conversions between JsonValue and plain JS values, for comparisons with JSON.parse / JSON.stringify (Node only). */
import type { JsonValue } from '../../../src/core/formats/json/value.js';

/** A JsonValue as the JS value JSON.parse would give (own properties, JS key order). */
export function toJs(v: JsonValue): unknown {
  switch (v.kind) {
    case 'null':
      return null;
    case 'boolean':
      return v.bool;
    case 'number':
      return v.num;
    case 'string':
      return v.str;
    case 'array':
      return v.items.map(toJs);
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v.members) Object.defineProperty(o, k, { value: toJs(x), enumerable: true, writable: true, configurable: true });
      return o;
    }
  }
}

/** A JS value (from JSON.parse or built) as a JsonValue, keys in JS order. */
export function fromJs(x: unknown): JsonValue {
  if (x === null) return { kind: 'null' };
  if (typeof x === 'boolean') return { kind: 'boolean', bool: x };
  if (typeof x === 'number') return { kind: 'number', num: x };
  if (typeof x === 'string') return { kind: 'string', str: x };
  if (Array.isArray(x)) return { kind: 'array', items: x.map(fromJs) };
  const members = new Map<string, JsonValue>();
  for (const k of Object.keys(x as object)) members.set(k, fromJs((x as Record<string, unknown>)[k]));
  return { kind: 'object', members };
}
