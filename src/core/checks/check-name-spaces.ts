/**
 * C12: name-space catalogs. The DNS provider (Tcpip NSP, NS_DNS) present and enabled; required values
 * present. netsh captures often show no name-space entries at all: there only a disabled provider is
 * reported, never a missing one.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, isNetsh, nameSpaceEntriesOf } from './catalog-scope.js';

export const TCPIP_NSP_ID = '{22059D40-7E9E-11CF-AE5A-00AA00A7112B}';
const NS_DNS = 12;

export function checkNameSpaces(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, false)) {
    const entries = nameSpaceEntriesOf(c, name);
    const dns = entries.filter((e) => e.providerId.toUpperCase() === TCPIP_NSP_ID && e.nameSpace === NS_DNS);
    if (dns.length === 0 && !isNetsh(c)) out.push(makeFinding('W2D2018', name, null, null, []));
    for (const e of dns) {
      if (!e.enabled) out.push(makeFinding('W2D2017', name, e.key, null, [e.displayString]));
    }
    for (const e of entries) {
      const missing = e.missingValues ?? [];
      if (missing.length > 0) out.push(makeFinding('W2D2019', name, e.key, null, [e.displayString === '' ? e.providerId : e.displayString, missing.join(', ')]));
    }
  }
}
