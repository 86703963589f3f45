import { Buffer } from 'node:buffer';
import type { Bytes } from '../primitives.js';

/** Lower-case hex digits, two per byte, no separators. */
export function bytesToHex(bytes: Bytes): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
}
