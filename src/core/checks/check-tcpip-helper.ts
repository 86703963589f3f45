/**
 * C15 (second half): Services\Tcpip\Parameters\Winsock HelperDllName, through which msafd loads the
 * TCP/IP helper DLL (wshtcpip.dll) [S7][S32]. Reported when the source has the Services\Tcpip key
 * and the value is missing or empty (also when the whole Parameters\Winsock key is gone). A source
 * without Services\Tcpip (a WinSock2 export, netsh text) cannot tell: nothing is said.
 */
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import type { SourceFacts } from './source-facts.js';

export function checkTcpipHelper(facts: SourceFacts | null, out: Finding[]): void {
  if (facts === null || !facts.tcpipKey || facts.tcpipHelperDllName !== null) return;
  const what = facts.tcpipWinsockKey ? 'the value is missing or empty' : 'the Parameters\\Winsock key itself is missing';
  out.push(makeFinding('W2D2030', null, null, null, [what]));
}
