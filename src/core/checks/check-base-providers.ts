/**
 * C10 (KB811259 Method 1): each protocol catalog has a base provider for TCP and for UDP over IPv4
 * (W2D2016, Error), and over IPv6 (W2D2028, Warning) where the OS profile has IPv6 (Vista and
 * later: Vista7, Win8to11, Server). XP (IPv6 was an optional install) and an unknown profile: IPv4 only.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, protocolEntriesOf } from './catalog-scope.js';
import { profileHasIpv6 } from './os-profile.js';

const AF_INET = 2;
const AF_INET6 = 23;

export function checkBaseProviders(c: Catalogs, osProfile: string, out: Finding[]): void {
  const ipv6 = profileHasIpv6(osProfile);
  for (const name of catalogNames(c, true)) {
    const entries = protocolEntriesOf(c, name).filter((e) => e.entryType === 'Base');
    const bases = entries.filter((e) => e.addressFamily === AF_INET);
    if (!bases.some((e) => e.socketType === 1 && e.protocol === 6)) out.push(makeFinding('W2D2016', name, null, null, ['TCP', 'SOCK_STREAM, IPPROTO_TCP']));
    if (!bases.some((e) => e.socketType === 2 && e.protocol === 17)) out.push(makeFinding('W2D2016', name, null, null, ['UDP', 'SOCK_DGRAM, IPPROTO_UDP']));
    if (!ipv6) continue;
    const bases6 = entries.filter((e) => e.addressFamily === AF_INET6);
    if (!bases6.some((e) => e.socketType === 1 && e.protocol === 6)) out.push(makeFinding('W2D2028', name, null, null, ['TCP', 'SOCK_STREAM, IPPROTO_TCP', osProfile]));
    if (!bases6.some((e) => e.socketType === 2 && e.protocol === 17)) out.push(makeFinding('W2D2028', name, null, null, ['UDP', 'SOCK_DGRAM, IPPROTO_UDP', osProfile]));
  }
}
