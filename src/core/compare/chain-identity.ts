/**
 * A protocol chain as what it links, not as catalog IDs (which differ between machines): each
 * chained entry as `providerId/addressFamily/socketType/protocol`, joined by ` > `; an ID no entry
 * of the catalog has is `(missing)`.
 */
import type { ProtocolEntry } from '../model/catalog.js';

export function chainIdentity(e: ProtocolEntry, byId: Map<number, ProtocolEntry>): string {
  if (e.entryType !== 'Chain') return '';
  const links = e.chainEntries.map((id) => {
    const linked = byId.get(id);
    return linked === undefined ? '(missing)' : `${linked.providerId}/${linked.addressFamily}/${linked.socketType}/${linked.protocol}`;
  });
  return links.join(' > ');
}
