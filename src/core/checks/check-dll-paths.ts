/**
 * C6: a provider DLL path that is not absolute (`mswsock.dll` instead of
 * `%SystemRoot%\system32\mswsock.dll`): loaded by the DLL search order (the ZeroAccess pattern).
 * Whether the DLL exists is not checked here (offline sources never report a DLL as missing).
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, nameSpaceEntriesOf, protocolEntriesOf } from './catalog-scope.js';

/** Rooted: an environment variable first (`%SystemRoot%\...`), a drive (`C:\...`) or a UNC/device path (`\\...`). */
export function isAbsoluteDllPath(path: string): boolean {
  if (path.startsWith('%') || path.startsWith('\\\\')) return true;
  return path.length >= 3 && path[1] === ':' && (path[2] === '\\' || path[2] === '/');
}

export function checkDllPaths(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, true)) {
    for (const e of protocolEntriesOf(c, name)) {
      if (e.libraryPath !== '' && !isAbsoluteDllPath(e.libraryPath)) out.push(makeFinding('W2D2015', name, e.key, e.catalogEntryId, [e.protocolName, e.libraryPath]));
    }
  }
  for (const name of catalogNames(c, false)) {
    for (const e of nameSpaceEntriesOf(c, name)) {
      if (e.libraryPath !== '' && !isAbsoluteDllPath(e.libraryPath)) out.push(makeFinding('W2D2015', name, e.key, null, [e.displayString, e.libraryPath]));
    }
  }
}
