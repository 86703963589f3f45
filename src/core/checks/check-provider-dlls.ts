/**
 * C5: provider DLLs that do not exist, protocol entries (W2D2026) and enabled name-space entries
 * (W2D2027, a disabled provider is never loaded), each catalog on its own. Paths are expanded by
 * host.expandCatalogPath: `%SystemRoot%` and other variables, and for the 32-bit catalogs of a 64-bit
 * machine (the source has a 64-bit catalog) `system32` -> `SysWOW64`, where 32-bit processes find
 * their DLLs [S12]. On 32-bit Windows the only catalog is native: no mapping.
 *
 * Not checked (no finding): an empty path (C4/C12 report the entry), a relative path (C6 reports
 * it; LoadLibrary would search for it), a path still holding `%` after expansion (an unknown
 * variable). Only runs when `checkFiles` is true: see CheckOptions.
 */
import type { CatalogName, Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { host } from '../../host/host.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, nameSpaceEntriesOf, protocolEntriesOf } from './catalog-scope.js';
import { isAbsoluteDllPath } from './check-dll-paths.js';

/** The path a process of the catalog's bitness loads, or '' when it cannot be checked. */
function checkablePath(libraryPath: string, bitness: number): string {
  if (libraryPath === '' || !isAbsoluteDllPath(libraryPath)) return '';
  const expanded = host.expandCatalogPath(libraryPath, bitness);
  return expanded.includes('%') ? '' : expanded;
}

/** Whether the file exists, asked once per path (entries share few DLLs; PowerShell pays per call). */
function exists(path: string, seen: Map<string, boolean>): boolean {
  const known = seen.get(path);
  if (known !== undefined) return known;
  const found = host.fileExists(path);
  seen.set(path, found);
  return found;
}

function bitnessOf(name: CatalogName, x64: boolean): number {
  return x64 && (name === 'Protocol32' || name === 'NameSpace32') ? 32 : 64;
}

export function checkProviderDlls(c: Catalogs, checkFiles: boolean, out: Finding[]): void {
  if (!checkFiles) return;
  const protocolCatalogs = catalogNames(c, true);
  const nameSpaceCatalogs = catalogNames(c, false);
  const x64 = protocolCatalogs.includes('Protocol64') || nameSpaceCatalogs.includes('NameSpace64');
  const seen = new Map<string, boolean>();
  for (const name of protocolCatalogs) {
    const bitness = bitnessOf(name, x64);
    for (const e of protocolEntriesOf(c, name)) {
      const path = checkablePath(e.libraryPath, bitness);
      if (path !== '' && !exists(path, seen)) {
        out.push(makeFinding('W2D2026', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), e.libraryPath, path]));
      }
    }
  }
  for (const name of nameSpaceCatalogs) {
    const bitness = bitnessOf(name, x64);
    for (const e of nameSpaceEntriesOf(c, name)) {
      if (!e.enabled) continue;
      const path = checkablePath(e.libraryPath, bitness);
      if (path !== '' && !exists(path, seen)) {
        out.push(makeFinding('W2D2027', name, e.key, null, [e.displayString === '' ? e.providerId : e.displayString, e.libraryPath, path]));
      }
    }
  }
}
