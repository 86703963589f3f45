/** C7: catalog entry IDs unique within a catalog, from 1001 and below Next_Catalog_Entry_ID. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, headerOf, protocolEntriesOf } from './catalog-scope.js';

export function checkCatalogIds(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, true)) {
    const next = headerOf(c, name)?.nextCatalogEntryId ?? null;
    const firstKey = new Map<number, string>();
    for (const e of protocolEntriesOf(c, name)) {
      const key = e.key ?? '(no key)';
      const seen = firstKey.get(e.catalogEntryId);
      if (seen !== undefined) out.push(makeFinding('W2D2007', name, e.key, e.catalogEntryId, [String(e.catalogEntryId), seen, key]));
      else firstKey.set(e.catalogEntryId, key);
      if (e.catalogEntryId < 1001) {
        out.push(makeFinding('W2D2008', name, e.key, e.catalogEntryId, [String(e.catalogEntryId), e.protocolName, 'IDs start at 1001']));
      } else if (next !== null && e.catalogEntryId >= next) {
        out.push(makeFinding('W2D2008', name, e.key, e.catalogEntryId, [String(e.catalogEntryId), e.protocolName, `not below Next_Catalog_Entry_ID ${next}`]));
      }
    }
  }
}
