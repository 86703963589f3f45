import { mkdirSync, statSync } from 'node:fs';

/** Creates the folder and its parents when missing (W2D9013 when it cannot, or when a file is in the way). */
export function ensureDirectory(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
    if (!statSync(path).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new Error(`W2D9013: cannot create folder '${path}'`);
  }
}
