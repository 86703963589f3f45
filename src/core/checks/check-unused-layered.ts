/** C9: a layered (ChainLen 0) entry that no chain of its catalog uses: a leftover LSP. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, protocolEntriesOf } from './catalog-scope.js';

export function checkUnusedLayered(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, true)) {
    const entries = protocolEntriesOf(c, name);
    const used = new Map<number, boolean>();
    for (const e of entries) {
      if (e.entryType === 'Chain') for (const id of e.chainEntries) used.set(id, true);
    }
    for (const e of entries) {
      if (e.entryType === 'Layered' && !used.has(e.catalogEntryId)) {
        out.push(makeFinding('W2D2013', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), e.libraryPath]));
      }
    }
  }
}
