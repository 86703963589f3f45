import { readFileSync } from 'node:fs';
import type { Bytes } from '../primitives.js';

/** The file's bytes (W2D9010 when it does not exist or cannot be read, e.g. a directory). */
export function readFileBytes(path: string): Bytes {
  let buf: Uint8Array;
  try {
    buf = readFileSync(path);
  } catch {
    throw new Error(`W2D9010: cannot read file '${path}'`);
  }
  // A view, not a copy: readFileSync's Buffer is ours alone.
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}
