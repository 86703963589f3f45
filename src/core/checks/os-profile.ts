/**
 * The OS profile of a catalog source: given (-OsProfile / --os-profile) or detected from the data.
 *
 * Profiles: 'XP' (XP, Server 2003: KB811259 Method 2 applies), 'Vista7' (Vista, 7, Server 2008/R2),
 * 'Win8to11' (8, 8.1, 10, 11 clients), 'Server' (Windows Server 2012 and later), 'unknown' (only
 * ever detected). Every profile but XP and unknown has IPv6 in its default catalogs.
 *
 * Detection, first match wins (evidence is the complete protocol entries of any catalog):
 *   'unknown'   no complete protocol entry;
 *   'Server'    an AF_UNIX (1) or Hyper-V (AF_HYPERV 34) row, and the source's
 *               Control\ProductOptions ProductType is ServerNT or LanmanNT (a domain controller).
 *               Nothing in the catalogs themselves tells a server from a client reliably, so a
 *               WinSock2 export of a server (no ProductOptions key) is reported 'Win8to11';
 *   'Win8to11'  an AF_UNIX or Hyper-V row otherwise (Windows 10 1803+ / 11 and their Servers);
 *   'unknown'   a netsh source otherwise: netsh captures are often excerpts, so the absence of rows
 *               proves nothing;
 *   'XP'        no 64-bit protocol catalog, no ProtocolName value on any entry (Vista+ writes it),
 *               and MSAFD NetBIOS rows or no IPv6 (AF_INET6 23) row;
 *   'Vista7'    otherwise. GUESS: Windows 8/8.1 and Windows 10 before 1803 without a Hyper-V row
 *               have neither AF_UNIX nor Hyper-V rows and are reported 'Vista7' too.
 */
import type { Catalogs } from '../model/catalog.js';
import { isNetsh } from './catalog-scope.js';
import type { SourceFacts } from './source-facts.js';

export type OsProfile = 'XP' | 'Vista7' | 'Win8to11' | 'Server' | 'unknown';

/** The profiles that can be given (-OsProfile); 'Auto' (or nothing) means detect. */
export const OS_PROFILES: string[] = ['XP', 'Vista7', 'Win8to11', 'Server'];

const AF_UNIX = 1;
const AF_INET6 = 23;
const AF_HYPERV = 34;

export function profileHasIpv6(osProfile: string): boolean {
  return osProfile === 'Vista7' || osProfile === 'Win8to11' || osProfile === 'Server';
}

/** ServerNT (member server) or LanmanNT (domain controller); WinNT is a client. */
export function isServerProductType(productType: string | null): boolean {
  if (productType === null) return false;
  const t = productType.toLowerCase();
  return t === 'servernt' || t === 'lanmannt';
}

export function detectOsProfile(c: Catalogs, facts?: SourceFacts | null): OsProfile {
  const entries = c.protocolEntries.filter((e) => e.incomplete !== true);
  if (entries.length === 0) return 'unknown';
  if (entries.some((e) => e.addressFamily === AF_UNIX || e.addressFamily === AF_HYPERV)) {
    return facts != null && isServerProductType(facts.productType) ? 'Server' : 'Win8to11';
  }
  if (isNetsh(c)) return 'unknown';
  const has64 = c.protocolEntries.some((e) => e.catalog === 'Protocol64') || c.headers.some((h) => h.catalog === 'Protocol64');
  const hasProtocolName = c.protocolEntries.some((e) => e.displayName !== undefined);
  const hasNetBios = entries.some((e) => e.protocolName.startsWith('MSAFD NetBIOS'));
  const hasIpv6 = entries.some((e) => e.addressFamily === AF_INET6);
  if (!has64 && !hasProtocolName && (hasNetBios || !hasIpv6)) return 'XP';
  return 'Vista7';
}

/**
 * The profile to check against: `given` when it names a profile, detection for undefined, '' or
 * 'Auto' (any case); anything else is an input error (W2D1960).
 */
export function resolveOsProfile(c: Catalogs, facts: SourceFacts | null, given?: string): string {
  if (given === undefined || given === '' || given.toLowerCase() === 'auto') return detectOsProfile(c, facts);
  const match = OS_PROFILES.find((p) => p.toLowerCase() === given.toLowerCase());
  if (match === undefined) throw new Error(`W2D1960: unknown OS profile '${given}': give Auto, ${OS_PROFILES.join(', ')}`);
  return match;
}
