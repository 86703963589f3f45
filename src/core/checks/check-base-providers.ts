/** C10 (KB811259 Method 1): each protocol catalog has a base provider for TCP and for UDP over IPv4. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, protocolEntriesOf } from './catalog-scope.js';

const AF_INET = 2;

export function checkBaseProviders(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, true)) {
    const bases = protocolEntriesOf(c, name).filter((e) => e.entryType === 'Base' && e.addressFamily === AF_INET);
    if (!bases.some((e) => e.socketType === 1 && e.protocol === 6)) out.push(makeFinding('W2D2016', name, null, null, ['TCP', 'SOCK_STREAM, IPPROTO_TCP']));
    if (!bases.some((e) => e.socketType === 2 && e.protocol === 17)) out.push(makeFinding('W2D2016', name, null, null, ['UDP', 'SOCK_DGRAM, IPPROTO_UDP']));
  }
}
