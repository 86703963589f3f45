/**
 * C13: a stale writer lock. A program changing a catalog creates a subkey of the catalog key
 * (Protocol_Catalog9, NameSpace_Catalog5) named after Serial_Access_Num in 8 hex digits (`%8.8lX`)
 * and deletes it when done; readers that find it wait (ReactOS: up to 180 s, then retry) [S4].
 * One finding per lock key (both bitness catalogs share the catalog key). Other unknown subkeys are
 * not reported. Windows' own behaviour is UNVERIFIED (the key is probably volatile), hence a Warning.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { isNetsh, keyNameOf } from './catalog-scope.js';

export function isLockKeyName(name: string): boolean {
  if (name.length !== 8) return false;
  for (let i = 0; i < 8; i++) {
    const ch = name.charCodeAt(i);
    const digit = ch >= 48 && ch <= 57;
    const upper = ch >= 65 && ch <= 70;
    const lower = ch >= 97 && ch <= 102;
    if (!digit && !upper && !lower) return false;
  }
  return true;
}

export function checkLockKeys(c: Catalogs, out: Finding[]): void {
  if (isNetsh(c)) return;
  const done: string[] = [];
  for (const h of c.headers) {
    const keyName = keyNameOf(h.catalog);
    if (done.includes(keyName)) continue;
    done.push(keyName);
    for (const sub of h.otherSubkeys ?? []) {
      if (!isLockKeyName(sub)) continue;
      const serial = h.serialAccessNum === null ? 'missing' : String(h.serialAccessNum);
      out.push(makeFinding('W2D2029', null, null, null, [keyName, sub, serial]));
    }
  }
}
