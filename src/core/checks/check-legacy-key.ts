/**
 * C15 and C14: the legacy Winsock key and AutodialDLL.
 *
 * C15: Winsock\Parameters\Transports names the transports msafd loads; with TCP/IP it holds 'Tcpip'.
 * Reported when the source has the value (legacyTransports not null) and no 'Tcpip' is in it. A source
 * whose legacy key or Transports value is absent gives null and is not reported: the decoded catalogs
 * cannot tell an absent value from a source that never held the legacy key.
 *
 * C14: WinSock2\Parameters AutodialDLL, only when present. The Windows default is ASSUMED to be
 * rasadhlp.dll in System32 (UNVERIFIED in the reference): accepted as `<root>\System32\rasadhlp.dll`
 * with <root> %SystemRoot%, %windir% or a drive-letter directory (C:\Windows, C:\WINDOWS, D:\WINNT).
 * Anything else is a Warning.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';

const DEFAULT_TAIL = '\\system32\\rasadhlp.dll';

export function isDefaultAutodialDll(text: string): boolean {
  const p = text.trim().toLowerCase();
  if (!p.endsWith(DEFAULT_TAIL)) return false;
  const root = p.slice(0, p.length - DEFAULT_TAIL.length);
  if (root === '%systemroot%' || root === '%windir%') return true;
  if (root.length < 4 || root.charAt(1) !== ':' || root.charAt(2) !== '\\') return false;
  const letter = root.charCodeAt(0);
  const dir = root.slice(3);
  return letter >= 97 && letter <= 122 && dir.length > 0 && !dir.includes('\\');
}

export function checkLegacyKey(c: Catalogs, out: Finding[]): void {
  const transports = c.legacyTransports;
  if (transports !== null && !transports.some((t) => t.trim().toLowerCase() === 'tcpip')) {
    out.push(makeFinding('W2D2024', null, null, null, [transports.length === 0 ? '(empty)' : transports.join(', ')]));
  }
  for (const p of c.parameters) {
    if (p.name.toLowerCase() === 'autodialdll' && !isDefaultAutodialDll(p.text)) {
      out.push(makeFinding('W2D2025', null, null, null, [p.text]));
    }
  }
}
