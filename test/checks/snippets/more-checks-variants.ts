// Cross-check of the checks of issue 5's second slice on variant files the test wrote into
// W2D_VARIANTS_DIR (test/checks/more-variants.ts): IPv6 base providers per profile, writer locks
// (C13), the Tcpip helper (C15), Server from ProductOptions, -OsProfile, and the provider-DLL check
// (C5) against the temporary SystemRoot the test made, in both engines.
import { host } from '../../../src/host/host.js';
import { testCatalog, diagnose } from '../../../src/core/report/build-report.js';
import { readTestSource } from '../../../src/core/report/read-test-source.js';

export interface VariantResult {
  name: string;
  osProfile: string;
  dllCheck: string;
  findings: string[];
}

function shortList(findings: { id: string; catalog: string | null; entryKey: string | null }[]): string[] {
  return findings.map((f) => `${f.id} ${f.catalog ?? '-'} ${f.entryKey ?? '-'}`);
}

export function main(): VariantResult[] {
  const dir = `${host.getEnv('W2D_VARIANTS_DIR')}/`;
  const fixtures = `${host.getEnv('W2D_REPO_ROOT')}/test/fixtures/`;
  const out: VariantResult[] = [];
  const runs: string[][] = [
    ['win7-no-ipv6', ''],
    ['win7-no-ipv6', 'XP'],
    ['win7-no-ipv6', 'auto'],
    ['win10-lock-keys', ''],
    ['win10-tcpip-no-helper', ''],
    ['win10-tcpip-no-winsock-key', ''],
    ['win10-tcpip-helper-ok', ''],
    ['win10-servernt', ''],
    ['server2022-lanmannt', ''],
    ['win10-winnt', ''],
    ['xp-servernt', ''],
    ['server2022', 'server'],
  ];
  for (const [name, profile] of runs) {
    const file = name === 'server2022' ? `${fixtures}server2022.reg` : `${dir}${name}.reg`;
    const r = testCatalog(file, true, profile);
    out.push({ name: profile === '' ? name : `${name} -OsProfile ${profile}`, osProfile: r.report.osProfile, dllCheck: r.report.dllCheck, findings: shortList(r.findings) });
  }
  // C5 on this disk: the test's SystemRoot lacks SysWOW64\mswsock.dll and System32\winrnr.dll.
  const source = readTestSource(`${fixtures}win10-x64.reg`);
  for (const checkFiles of [true, false]) {
    const r = diagnose(source.catalogs, source.facts, '', checkFiles);
    out.push({ name: `win10 checkFiles ${String(checkFiles)}`, osProfile: r.report.osProfile, dllCheck: r.report.dllCheck, findings: shortList(r.findings) });
  }
  return out;
}
