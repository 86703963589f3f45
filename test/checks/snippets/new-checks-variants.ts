// Cross-check of the checks no fixture triggers: KB811259 Method 2 (XP), C15 Transports, C14
// AutodialDLL and the OS profile, on variants of fixtures derived here, in both engines.
import { host } from '../../../src/host/host.js';
import { readCatalogs } from '../../../src/core/sources/read-catalogs.js';
import { runChecks } from '../../../src/core/checks/index.js';
import { detectOsProfile } from '../../../src/core/checks/os-profile.js';
import type { Finding } from '../../../src/core/model/finding.js';

interface Variant {
  name: string;
  osProfile: string;
  findings: Finding[];
}

export function main(): Variant[] {
  const root = `${host.getEnv('W2D_REPO_ROOT')}/test/fixtures/`;
  const out: Variant[] = [];

  const fewer = readCatalogs(root + 'xp-sp2-tcpip.reg');
  fewer.protocolEntries.pop();
  out.push({ name: 'xp fewer', osProfile: detectOsProfile(fewer), findings: runChecks(fewer) });

  const more = readCatalogs(root + 'xp-sp2-nwlink.reg');
  const last = more.protocolEntries[more.protocolEntries.length - 1];
  more.protocolEntries.push({ ...last, key: '000000000018', catalogEntryId: 1018 });
  out.push({ name: 'nwlink more', osProfile: detectOsProfile(more), findings: runChecks(more) });

  const addOn = readCatalogs(root + 'xp-sp2-tcpip.reg');
  addOn.protocolEntries[0] = { ...addOn.protocolEntries[0], protocolName: 'Fabrikam Tcpip [TCP/IP]' };
  out.push({ name: 'xp add-on', osProfile: detectOsProfile(addOn), findings: runChecks(addOn) });

  const legacy = readCatalogs(root + 'win10-x64.reg');
  legacy.legacyTransports = ['NwlnkIpx'];
  legacy.parameters = legacy.parameters.map((p) => (p.name === 'AutodialDLL' ? { name: p.name, type: p.type, text: 'C:\\Windows\\in000.dll' } : p));
  out.push({ name: 'win10 legacy', osProfile: detectOsProfile(legacy), findings: runChecks(legacy) });

  const empty = readCatalogs(root + 'win7-x64.reg');
  empty.legacyTransports = [];
  out.push({ name: 'win7 empty transports', osProfile: detectOsProfile(empty), findings: runChecks(empty) });
  return out;
}
