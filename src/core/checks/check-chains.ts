/**
 * C8: protocol chains. ChainLen within 0..7; every ID of a chain present in the same catalog (else an
 * orphaned chain: the LSP or the base was removed without the chain); the first ID a layered entry,
 * the last a base provider.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, entriesById, protocolEntriesOf } from './catalog-scope.js';

export function checkChains(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, true)) {
    const entries = protocolEntriesOf(c, name);
    const byId = entriesById(entries);
    for (const e of entries) {
      if (e.chainLen < 0 || e.chainLen > 7) {
        out.push(makeFinding('W2D2009', name, e.key, e.catalogEntryId, [e.protocolName, String(e.chainLen)]));
        continue;
      }
      if (e.entryType !== 'Chain') continue;
      const chain = e.chainEntries;
      for (const id of chain) {
        if (!byId.has(id)) out.push(makeFinding('W2D2010', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), String(id)]));
      }
      if (chain.length === 0) continue;
      const first = byId.get(chain[0]);
      if (first !== undefined && first.entryType !== 'Layered') {
        out.push(makeFinding('W2D2011', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), String(chain[0]), first.entryType.toLowerCase()]));
      }
      const lastId = chain[chain.length - 1];
      const last = byId.get(lastId);
      if (last !== undefined && last.entryType !== 'Base') {
        out.push(makeFinding('W2D2012', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), String(lastId), last.entryType.toLowerCase()]));
      }
    }
  }
}
