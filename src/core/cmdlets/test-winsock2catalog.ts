import type { CmdletDefinition } from './cmdlet-definition.js';
import { testCatalog } from '../report/build-report.js';
import { OS_PROFILES } from '../checks/os-profile.js';

export const testWinsock2Catalog: CmdletDefinition = {
  name: 'Test-Winsock2Catalog',
  synopsis: 'Checks the Winsock2 catalogs for the damage KB811259 describes and says whether they are Healthy, ThirdPartyPresent, Degraded or Corrupted.',
  description: [
    'Reads the Winsock2 protocol catalogs (64-bit and 32-bit) and name-space catalogs and checks each one on',
    'its own: missing catalog values and counters, counters that do not match the entries, gaps in the',
    '12-digit entry keys, damaged or empty PackedCatalogItem values, stale writer-lock subkeys, duplicate and',
    'out-of-range catalog IDs, orphaned LSP chains (chains pointing at entries that are gone) and chains that',
    'do not end on a base provider, leftover layered entries, relative DLL paths, provider DLLs that do not',
    'exist, a missing TCP or UDP base provider for IPv4 (and for IPv6 where the OS profile has IPv6), a',
    'disabled or missing DNS name-space provider, known unwanted LSPs, non-IFS providers, the legacy Winsock',
    'Transports list and the TCP/IP HelperDllName, AutodialDLL, and on Windows XP the KB811259 Method 2',
    'count of Msinfo32 protocol headings.',
    '',
    'It writes one Winsock2Doctor.Report: the verdict (Corrupted when any Error was found, Degraded when any',
    'Warning, ThirdPartyPresent when LSPs or non-Windows providers are installed and consistent, Healthy',
    'otherwise), the OS profile checked against, the counts of findings per severity and of entries per',
    'catalog, whether provider DLLs were checked (DllCheck) and a one-line summary. With -Detailed it also',
    'writes one Winsock2Doctor.Finding per problem, with its permanent ID (W2D2001..), the KB811259 symptom it',
    'explains and the repair that fixes it.',
    '',
    'Without -Path it reads the live registry on Windows (or, on any system, the .reg file named by the',
    'WINSOCK2DOCTOR_REGISTRY environment variable). With -Path it reads a saved source instead: a .reg',
    'export, the text of netsh winsock show catalog in any UI language, or a Winsock2Doctor backup.',
    "Provider DLLs are looked for (with %SystemRoot% expanded, and SysWOW64 for the 32-bit catalogs of a",
    "64-bit Windows) only in the live catalogs of this computer: a saved source or a registry image stands",
    "for a machine whose files are not here, so its report says DllCheck NotChecked and no DLL is reported",
    'missing. Nothing is changed.',
  ].join('\n'),
  implementation: testCatalog,
  parameters: [
    {
      name: 'Path',
      type: 'string',
      position: 0,
      isPath: true,
      aliases: ['FullName'],
      valueFromPipelineByPropertyName: true,
      description: 'A .reg export, a saved netsh winsock show catalog output or a Winsock2Doctor backup to check instead of the registry.',
    },
    {
      name: 'Detailed',
      type: 'switch',
      description: 'Also writes one Winsock2Doctor.Finding object per problem found, after the report.',
    },
    {
      name: 'OsProfile',
      type: 'string',
      validateSet: ['Auto', ...OS_PROFILES],
      description:
        'The Windows version to check against instead of the one detected from the data (Auto, the default): XP (also Server 2003; KB811259 Method 2 applies), Vista7 (also Server 2008/2008 R2), Win8to11 (Windows 8 to 11), Server (Windows Server 2012 and later). The profile decides whether IPv6 base providers are expected.',
    },
  ],
  outputs: [
    {
      type: 'Winsock2Doctor.Report',
      from: 'report',
      view: {
        kind: 'list',
        properties: ['ComputerName', 'Source', 'OsProfile', 'Verdict', 'Errors', 'Warnings', 'Infos', 'Protocol64Entries', 'Protocol32Entries', 'NameSpace64Entries', 'NameSpace32Entries', 'Lsps', 'DllCheck', 'Summary'],
      },
    },
    {
      type: 'Winsock2Doctor.Finding',
      from: 'findings',
      view: { kind: 'table', properties: ['Id', 'Severity', 'Catalog', 'EntryKey', 'CatalogEntryId', 'Message'] },
    },
  ],
  examples: [
    { code: 'Test-Winsock2Catalog', remarks: 'Checks the Winsock catalogs of this computer and shows the verdict.' },
    {
      code: 'Test-Winsock2Catalog -Path .\\winsock2.reg -Detailed',
      remarks: 'Checks a saved .reg export of the WinSock2 key and lists every finding (for example orphaned LSP chains, W2D2010).',
    },
    {
      code: 'Test-Winsock2Catalog -Path .\\server-winsock2.reg -OsProfile Server -Detailed',
      remarks: 'Checks an export taken on a Windows Server against the Server profile (the export of the WinSock2 key alone does not say it is a server).',
    },
    {
      code: "Test-Winsock2Catalog -Detailed | Where-Object { $_.PSObject.TypeNames[0] -eq 'Winsock2Doctor.Finding' } | Format-List Id, Message, KbSymptom, Repair",
      remarks: 'Shows, for each problem, the KB811259 symptom it explains and the repair that fixes it.',
    },
  ],
};
