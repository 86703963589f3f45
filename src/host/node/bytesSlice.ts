import type { Bytes } from '../primitives.js';

/** ToIntegerOrInfinity + relative-index clamping, exactly as %TypedArray%.prototype.slice does it. */
function clampIndex(value: number | undefined, length: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number.isNaN(value) ? 0 : Math.trunc(value);
  if (n < 0) return Math.max(length + n, 0);
  return Math.min(n, length);
}

/**
 * A copy of bytes [start, end): the semantics of Uint8Array.prototype.slice (negative indices count
 * from the end, fractions truncate, NaN is 0, out-of-range values clamp). Always a new plain
 * Uint8Array (never a view, even when given a Buffer).
 */
export function bytesSlice(bytes: Bytes, start: number, end: number): Bytes {
  const len = bytes.length;
  const from = clampIndex(start, len, 0);
  const to = clampIndex(end, len, len);
  if (to <= from) return new Uint8Array(0);
  const out = new Uint8Array(to - from);
  out.set(bytes.subarray(from, to));
  return out;
}
