/** Non-IFS providers: a base provider or chain without XP1_IFS_HANDLES (0x20000). Info only. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, protocolEntriesOf } from './catalog-scope.js';

const XP1_IFS_HANDLES = 0x20000;

export function checkIfs(c: Catalogs, out: Finding[]): void {
  for (const name of catalogNames(c, true)) {
    for (const e of protocolEntriesOf(c, name)) {
      if (e.entryType === 'Layered') continue;
      if ((e.serviceFlags1 & XP1_IFS_HANDLES) === 0) {
        out.push(makeFinding('W2D2014', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), `0x${e.serviceFlags1.toString(16)}`]));
      }
    }
  }
}
