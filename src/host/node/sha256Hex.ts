import { createHash } from 'node:crypto';
import type { Bytes } from '../primitives.js';

/** SHA-256 of the bytes as 64 lower-case hex digits. */
export function sha256Hex(bytes: Bytes): string {
  return createHash('sha256').update(bytes).digest('hex');
}
