/**
 * KB811259 Method 2 (Msinfo32, Components > Network > Protocol), XP profile only, exactly as the seed
 * states it: each protocol catalog entry is one heading of the (only, 32-bit) catalog. With TCP/IP
 * only there are ten; NWLink IPX/SPX adds seven (17). More headings: third-party additions; fewer:
 * missing information. Every heading starts with 'MSAFD' except the two RSVP ones; any other names a
 * third-party add-on. NWLink counts as installed when a heading starts with 'MSAFD nwlnk' (the KB's
 * example heading is 'MSAFD nwlnkipx [IPX]'). Other profiles: Method 2 does not apply, no finding.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';

const RSVP_HEADINGS: string[] = ['RSVP UDP Service Provider', 'RSVP TCP Service Provider'];
const TCPIP_ONLY = 10;
const WITH_NWLINK = 17;

export function checkMsinfoHeadings(c: Catalogs, osProfile: string, out: Finding[]): void {
  if (osProfile !== 'XP') return;
  const entries = c.protocolEntries.filter((e) => e.catalog === 'Protocol32');
  if (entries.length === 0 && !c.headers.some((h) => h.catalog === 'Protocol32')) return;
  const nwlink = entries.some((e) => e.protocolName.startsWith('MSAFD nwlnk'));
  const expected = nwlink ? WITH_NWLINK : TCPIP_ONLY;
  const what = nwlink ? 'TCP/IP and NWLink IPX/SPX' : 'TCP/IP only';
  if (entries.length > expected) {
    out.push(makeFinding('W2D2021', 'Protocol32', null, null, [String(entries.length), String(expected), what]));
  } else if (entries.length < expected) {
    out.push(makeFinding('W2D2022', 'Protocol32', null, null, [String(entries.length), String(expected), what]));
  }
  for (const e of entries) {
    if (e.incomplete === true || e.protocolName.startsWith('MSAFD') || RSVP_HEADINGS.includes(e.protocolName)) continue;
    out.push(makeFinding('W2D2023', 'Protocol32', e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId)]));
  }
}
