/**
 * C1 (missing catalog values) and C2 (Num_Catalog_Entries[64] vs the entry keys), each catalog on its
 * own. Not for netsh text, which has no counters (its limitations say so).
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, headerOf, isNetsh, keyNameOf, suffix64 } from './catalog-scope.js';

export function checkCounters(c: Catalogs, out: Finding[]): void {
  if (isNetsh(c)) return;
  for (const parameter of ['Current_Protocol_Catalog', 'Current_NameSpace_Catalog']) {
    if (!c.parameters.some((p) => p.name === parameter)) out.push(makeFinding('W2D2001', null, null, null, [parameter, 'WinSock2\\Parameters']));
  }
  for (const protocol of [true, false]) {
    for (const name of catalogNames(c, protocol)) {
      const header = headerOf(c, name);
      const counter = `Num_Catalog_Entries${suffix64(name)}`;
      const where = `${name} (${keyNameOf(name)})`;
      if (header === undefined || header.numCatalogEntries === null) {
        out.push(makeFinding('W2D2001', name, null, null, [counter, where]));
      } else if (header.numCatalogEntries !== header.entryKeys.length) {
        out.push(makeFinding('W2D2002', name, null, null, [counter, String(header.numCatalogEntries), String(header.entryKeys.length)]));
      }
      if (protocol && (header === undefined || header.nextCatalogEntryId === null)) {
        out.push(makeFinding('W2D2001', name, null, null, ['Next_Catalog_Entry_ID', where]));
      }
    }
  }
}
