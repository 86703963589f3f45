/**
 * The expected verdict and findings of every catalog fixture: `ID catalog key-or-ID` in report order.
 * netsh captures are excerpts of issue threads (test/fixtures/netsh/README.md): the chains and base
 * providers they leave out are reported as they would be for a complete capture.
 * Every .reg fixture has Transports 'Tcpip' and AutodialDLL C:\Windows\System32\rasadhlp.dll (no
 * W2D2024/W2D2025); the two XP fixtures have the ten and the 17 Msinfo32 headings of KB811259 Method 2
 * (no W2D2021-W2D2023). Those IDs are hit by fixture variants in method2-legacy.test.ts and
 * snippets/new-checks-variants.ts; W2D2026-W2D2030 (DLLs, IPv6 on .reg sources, lock keys, Tcpip
 * helper) by the variants of more-checks.test.ts and snippets/more-checks-variants.ts. No fixture
 * holds Services\Tcpip or Control\ProductOptions, and every fixture is offline (DllCheck NotChecked).
 */
export interface Expected {
  file: string;
  verdict: string;
  findings: string[];
}

export const EXPECTED: Expected[] = [
  { file: 'server2022.reg', verdict: 'Healthy', findings: [] },
  { file: 'win10-x64.reg', verdict: 'Healthy', findings: [] },
  { file: 'win11-x64.reg', verdict: 'Healthy', findings: [] },
  { file: 'win7-x64.reg', verdict: 'Healthy', findings: [] },
  { file: 'xp-sp2-tcpip.reg', verdict: 'Healthy', findings: [] },
  // The NWLink SPX pseudo-stream row of the fixture (Wine's flags) has no XP1_IFS_HANDLES: a note only.
  { file: 'xp-sp2-nwlink.reg', verdict: 'Healthy', findings: ['W2D2014 Protocol32 000000000011'] },
  { file: 'win10-x64-lsp.reg', verdict: 'ThirdPartyPresent', findings: [] },
  {
    file: 'win10-x64-lsp-orphaned.reg',
    verdict: 'Corrupted',
    findings: [
      'W2D2010 Protocol64 000000000001', 'W2D2010 Protocol64 000000000002', 'W2D2010 Protocol64 000000000003', 'W2D2010 Protocol64 000000000004',
      'W2D2010 Protocol32 000000000001', 'W2D2010 Protocol32 000000000002', 'W2D2010 Protocol32 000000000003', 'W2D2010 Protocol32 000000000004',
    ],
  },
  {
    file: 'win10-x64-entries-removed.reg',
    verdict: 'Corrupted',
    findings: ['W2D2002 Protocol64 -', 'W2D2002 Protocol32 -', 'W2D2003 Protocol64 000000000005'],
  },
  {
    file: 'win10-x64-values-damaged.reg',
    verdict: 'Corrupted',
    findings: ['W2D2001 Protocol32 -', 'W2D2005 Protocol64 000000000002', 'W2D2006 Protocol64 000000000003', 'W2D2015 Protocol64 000000000007'],
  },
  { file: 'win10-x64-dns-nsp-disabled.reg', verdict: 'Corrupted', findings: ['W2D2017 NameSpace64 000000000004'] },
  { file: 'netsh/en-win7-internals-namespace.txt', verdict: 'Healthy', findings: [] },
  { file: 'netsh/en-af-unix-truncated.txt', verdict: 'Corrupted', findings: ['W2D2016 Protocol64 -', 'W2D2016 Protocol32 -'] },
  {
    file: 'netsh/en-lavasoft-no32.txt',
    verdict: 'Corrupted',
    findings: ['W2D2010 Protocol64 1015', 'W2D2010 Protocol64 1015', 'W2D2016 Protocol64 -', 'W2D2016 Protocol64 -', 'W2D2020 Protocol64 1015', 'W2D2014 Protocol64 1015'],
  },
  { file: 'netsh/en-truncated-lavasoft-layered.txt', verdict: 'Corrupted', findings: ['W2D2016 Protocol64 -', 'W2D2016 Protocol64 -'] },
  { file: 'netsh/en-win10-14393-base.txt', verdict: 'Corrupted', findings: ['W2D2016 Protocol64 -', 'W2D2016 Protocol32 -', 'W2D2016 Protocol32 -'] },
  {
    file: 'netsh/en-win10-astrill-lsp.txt',
    verdict: 'Corrupted',
    // A Windows 10 excerpt (a Hyper-V row): the IPv6 base providers it leaves out are reported too (W2D2028).
    findings: [
      'W2D2010 Protocol64 1020', 'W2D2016 Protocol64 -', 'W2D2016 Protocol64 -', 'W2D2028 Protocol64 -', 'W2D2016 Protocol32 -', 'W2D2016 Protocol32 -',
      'W2D2028 Protocol32 -', 'W2D2028 Protocol32 -', 'W2D2020 Protocol64 1020', 'W2D2014 Protocol64 1020',
    ],
  },
  {
    file: 'netsh/en-win10-hyperv32.crlf.txt',
    verdict: 'Corrupted',
    findings: ['W2D2016 Protocol64 -', 'W2D2016 Protocol64 -', 'W2D2028 Protocol64 -', 'W2D2028 Protocol64 -', 'W2D2016 Protocol32 -', 'W2D2016 Protocol32 -', 'W2D2028 Protocol32 -', 'W2D2028 Protocol32 -'],
  },
  {
    file: 'netsh/en-win10-lavasoft-lsp.crlf.txt',
    verdict: 'Corrupted',
    findings: ['W2D2010 Protocol64 1032', 'W2D2010 Protocol64 1032', 'W2D2016 Protocol64 -', 'W2D2016 Protocol64 -', 'W2D2016 Protocol32 -', 'W2D2020 Protocol64 1032', 'W2D2014 Protocol64 1032'],
  },
  {
    file: 'netsh/zh-cn-sangfor-lsp-truncated.utf8bom.txt',
    verdict: 'Corrupted',
    findings: ['W2D2010 Protocol64 1019', 'W2D2010 Protocol64 1019', 'W2D2016 Protocol64 -', 'W2D2016 Protocol64 -'],
  },
  { file: 'netsh/zh-cn-win10-32bit.gbk.txt', verdict: 'Corrupted', findings: ['W2D2016 Protocol32 -', 'W2D2016 Protocol32 -'] },
  { file: 'netsh/zh-cn-win10-32bit.txt', verdict: 'Corrupted', findings: ['W2D2016 Protocol32 -', 'W2D2016 Protocol32 -'] },
  { file: 'netsh/zh-cn-win10-32bit.utf16.txt', verdict: 'Corrupted', findings: ['W2D2016 Protocol32 -', 'W2D2016 Protocol32 -'] },
];
