import { statSync } from 'node:fs';

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/**
 * true when a file (not a directory) exists at the path. Off Windows, a path with backslashes that
 * does not exist as given is tried once more with them turned into '/', so catalog paths expanded
 * against a stand-in Windows directory (WINSOCK2DOCTOR_SYSTEMROOT) can be checked.
 */
export function fileExists(path: string): boolean {
  if (path.length === 0) return false;
  if (isFile(path)) return true;
  if (process.platform !== 'win32' && path.includes('\\')) return isFile(path.replaceAll('\\', '/'));
  return false;
}
