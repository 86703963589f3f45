/**
 * The OS profile of a catalog source, detected from the data alone (no -OsProfile yet).
 *
 * Rule, first match wins (evidence is the complete protocol entries of any catalog):
 *   'unknown'   no complete protocol entry;
 *   'Win8to11'  an AF_UNIX (1) or Hyper-V (AF_HYPERV 34) row: Windows 10 1803+ / 11 and their
 *               Servers. Server is NOT told apart from the client (nothing in the catalog shows it
 *               reliably), so Server sources report 'Win8to11';
 *   'unknown'   a netsh source otherwise: netsh captures are often excerpts, so the absence of rows
 *               proves nothing;
 *   'XP'        no 64-bit protocol catalog, no ProtocolName value on any entry (Vista+ writes it),
 *               and MSAFD NetBIOS rows or no IPv6 (AF_INET6 23) row;
 *   'Vista7'    otherwise. GUESS: Windows 8/8.1 and Windows 10 before 1803 without a Hyper-V row
 *               have neither AF_UNIX nor Hyper-V rows and are reported 'Vista7' too.
 */
import type { Catalogs } from '../model/catalog.js';
import { isNetsh } from './catalog-scope.js';

export type OsProfile = 'XP' | 'Vista7' | 'Win8to11' | 'unknown';

const AF_UNIX = 1;
const AF_INET6 = 23;
const AF_HYPERV = 34;

export function detectOsProfile(c: Catalogs): OsProfile {
  const entries = c.protocolEntries.filter((e) => e.incomplete !== true);
  if (entries.length === 0) return 'unknown';
  if (entries.some((e) => e.addressFamily === AF_UNIX || e.addressFamily === AF_HYPERV)) return 'Win8to11';
  if (isNetsh(c)) return 'unknown';
  const has64 = c.protocolEntries.some((e) => e.catalog === 'Protocol64') || c.headers.some((h) => h.catalog === 'Protocol64');
  const hasProtocolName = c.protocolEntries.some((e) => e.displayName !== undefined);
  const hasNetBios = entries.some((e) => e.protocolName.startsWith('MSAFD NetBIOS'));
  const hasIpv6 = entries.some((e) => e.addressFamily === AF_INET6);
  if (!has64 && !hasProtocolName && (hasNetBios || !hasIpv6)) return 'XP';
  return 'Vista7';
}
