// Cross-check: testCatalog(fixture, true) on every .reg and (decodable) netsh fixture, in both engines.
// The list must match FIXTURE_FILES in test/checks/crosscheck.test.ts.
import { host } from '../../../src/host/host.js';
import { testCatalog, type TestResult } from '../../../src/core/report/build-report.js';

export function main(): TestResult[] {
  const root = `${host.getEnv('W2D_REPO_ROOT')}/test/fixtures/`;
  const files = [
    'server2022.reg',
    'win10-x64-dns-nsp-disabled.reg',
    'win10-x64-entries-removed.reg',
    'win10-x64-lsp-orphaned.reg',
    'win10-x64-lsp.reg',
    'win10-x64-values-damaged.reg',
    'win10-x64.reg',
    'win11-x64.reg',
    'win7-x64.reg',
    'xp-sp2-nwlink.reg',
    'xp-sp2-tcpip.reg',
    'netsh/en-af-unix-truncated.txt',
    'netsh/en-lavasoft-no32.txt',
    'netsh/en-truncated-lavasoft-layered.txt',
    'netsh/en-win10-14393-base.txt',
    'netsh/en-win10-astrill-lsp.txt',
    'netsh/en-win10-hyperv32.crlf.txt',
    'netsh/en-win10-lavasoft-lsp.crlf.txt',
    'netsh/en-win7-internals-namespace.txt',
    'netsh/zh-cn-sangfor-lsp-truncated.utf8bom.txt',
    'netsh/zh-cn-win10-32bit.gbk.txt',
    'netsh/zh-cn-win10-32bit.txt',
    'netsh/zh-cn-win10-32bit.utf16.txt',
  ];
  return files.map((f) => testCatalog(root + f, true));
}
