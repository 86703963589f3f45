/**
 * Random JSON values (not a snippet: imported by snippets and Node tests), the same in both engines
 * for a seed: numbers of every magnitude and shape (integers, fractions, 1e-320..1e300, -0, NaN,
 * Infinity), strings with every control character, quotes, backslashes, non-ASCII, surrogate pairs and
 * lone surrogates, nested arrays and objects. Object keys start with a letter (never integer-like, so
 * JS objects keep their order and JSON.stringify can be the reference).
 */
import type { JsonValue } from '../../../../src/core/formats/json/value.js';
import { nextRandom } from './gen-snapshot.js';

/** 10^e by repeated multiplication (exact up to 1e22; identical rounding in both engines beyond). */
function tenTo(e: number): number {
  let p = 1;
  const n = Math.abs(e);
  for (let i = 0; i < n; i++) p = p * 10;
  return e < 0 ? 1 / p : p;
}

interface Gen {
  r: number;
}

function next(g: Gen): number {
  g.r = nextRandom(g.r);
  return g.r;
}

export function randomNumber(g: Gen): number {
  const kind = next(g) % 12;
  const r = next(g);
  if (kind === 0) return (r % 200001) - 100000;
  if (kind === 1) return (r % 2000000) / 1000 - 1000;
  if (kind === 2) return (r / 2147483647) * tenTo((next(g) % 61) - 30);
  if (kind === 3) return -(r / 2147483647) * tenTo((next(g) % 41) - 20);
  if (kind === 4) return r * tenTo(-320);
  if (kind === 5) return r * tenTo(290);
  if (kind === 6) return r * r * r;
  if (kind === 7) return 1 / ((r % 97) + 1);
  if (kind === 8) {
    const specials = [0, -0, 0.1 + 0.2, 1e21, 1e-7, 9007199254740992, 9007199254740994, 123e-20, 5e-324, 1.7976931348623157e308, 4294967295, -2147483648];
    return specials[r % specials.length];
  }
  if (kind === 9) return r;
  if (kind === 10) return (r % 1000) * 1e18;
  const odd = [NaN, Infinity, -Infinity, 1e-6, 1e-5 * 3, 100, 1e20, 1e22];
  return odd[r % odd.length];
}

export function randomString(g: Gen): string {
  const len = next(g) % 14;
  const out: string[] = [];
  for (let i = 0; i < len; i++) {
    const kind = next(g) % 10;
    const r = next(g);
    let code = 97 + (r % 26);
    if (kind === 0) code = r % 32;
    else if (kind === 1) code = 32 + (r % 96);
    else if (kind === 2) code = [34, 92, 47, 8, 12, 10, 13, 9, 127][r % 9];
    else if (kind === 3) code = 0xd800 + (r % 0x800);
    else if (kind === 4) code = 0x80 + (r % 0xff80);
    else if (kind === 5) {
      // a well-formed pair
      out.push(String.fromCharCode(0xd800 + (r % 0x400)));
      code = 0xdc00 + (next(g) % 0x400);
    }
    out.push(String.fromCharCode(code));
  }
  return out.join('');
}

function randomValue(g: Gen, depth: number): JsonValue {
  const kind = next(g) % (depth >= 4 ? 5 : 8);
  if (kind === 0) return { kind: 'null' };
  if (kind === 1) return { kind: 'boolean', bool: next(g) % 2 === 0 };
  if (kind === 2) return { kind: 'number', num: randomNumber(g) };
  if (kind === 3 || kind === 4) return { kind: 'string', str: randomString(g) };
  const n = next(g) % 5;
  if (kind === 5) {
    const members = new Map<string, JsonValue>();
    for (let i = 0; i < n; i++) {
      // the key first: PowerShell would evaluate a call in the value before one in the key
      // (.cache/compiler-gaps/map-set-evaluation-order.ts)
      const name = `k${randomString(g)}`;
      members.set(name, randomValue(g, depth + 1));
    }
    return { kind: 'object', members };
  }
  const items: JsonValue[] = [];
  for (let i = 0; i < n; i++) items.push(randomValue(g, depth + 1));
  return { kind: 'array', items };
}

/** `count` random values from a seed. */
export function makeValues(seed: number, count: number): JsonValue[] {
  const g: Gen = { r: seed };
  const out: JsonValue[] = [];
  for (let i = 0; i < count; i++) out.push(randomValue(g, 0));
  return out;
}

/** `count` random numbers from a seed, as one array value. */
export function makeNumbers(seed: number, count: number): JsonValue {
  const g: Gen = { r: seed };
  const items: JsonValue[] = [];
  for (let i = 0; i < count; i++) items.push({ kind: 'number', num: randomNumber(g) });
  return { kind: 'array', items };
}
