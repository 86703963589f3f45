/**
 * Compares the catalogs of two sources: the reference (a saved source: .reg export or backup, JSON
 * snapshot, netsh text) and the difference (another saved source, or this machine when no path is
 * given). What `winsock2-doctor diff --json` prints.
 */
import type { CatalogComparison } from './types.js';
import { readCatalogFile, readCatalogs } from '../sources/read-catalogs.js';
import { compareCatalogs } from './compare-catalogs.js';

/** W2D1950: no reference source was given. */
export const W2D1950_NO_REFERENCE = 'W2D1950';

export function compareCatalogSources(referencePath: string, differencePath?: string): CatalogComparison {
  if (referencePath === '') {
    throw new Error(`${W2D1950_NO_REFERENCE}: a comparison needs a reference: give the path of a .reg export, a backup, a JSON snapshot or netsh text`);
  }
  const reference = readCatalogFile(referencePath);
  const difference = readCatalogs(differencePath);
  return compareCatalogs(reference, difference);
}
