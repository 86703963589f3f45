/** C4: PackedCatalogItem of 888 bytes in every protocol entry; entries without one. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { W2D1103 } from '../formats/packed/errors.js';

export function checkItemSize(c: Catalogs, out: Finding[]): void {
  for (const e of c.protocolEntries) {
    if (e.itemSize !== null && e.itemSize !== 888) {
      const id = e.incomplete === true ? null : e.catalogEntryId;
      out.push(makeFinding('W2D2005', e.catalog, e.key, id, [e.key ?? '(no key)', String(e.itemSize)]));
    }
  }
  for (const issue of c.decodeIssues) {
    if (issue.id === W2D1103 && issue.catalog !== null) out.push(makeFinding('W2D2006', issue.catalog, issue.key, null, [issue.key ?? '(no key)']));
  }
}
