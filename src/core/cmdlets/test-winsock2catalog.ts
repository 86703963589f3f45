import type { CmdletDefinition } from './cmdlet-definition.js';
import { testCatalog } from '../report/build-report.js';

export const testWinsock2Catalog: CmdletDefinition = {
  name: 'Test-Winsock2Catalog',
  synopsis: 'Checks the Winsock2 catalogs for the damage KB811259 describes and says whether they are Healthy, ThirdPartyPresent, Degraded or Corrupted.',
  description: [
    'Reads the Winsock2 protocol catalogs (64-bit and 32-bit) and name-space catalogs and checks each one on',
    'its own: missing catalog values and counters, counters that do not match the entries, gaps in the',
    '12-digit entry keys, damaged or empty PackedCatalogItem values, duplicate and out-of-range catalog IDs,',
    'orphaned LSP chains (chains pointing at entries that are gone) and chains that do not end on a base',
    'provider, leftover layered entries, relative DLL paths, a missing TCP or UDP base provider for IPv4,',
    'a disabled or missing DNS name-space provider, known unwanted LSPs and non-IFS providers.',
    '',
    'It writes one Winsock2Doctor.Report: the verdict (Corrupted when any Error was found, Degraded when any',
    'Warning, ThirdPartyPresent when LSPs or non-Windows providers are installed and consistent, Healthy',
    'otherwise), the counts of findings per severity and of entries per catalog, and a one-line summary.',
    'With -Detailed it also writes one Winsock2Doctor.Finding per problem, with its permanent ID (W2D2001..),',
    'the KB811259 symptom it explains and the repair that fixes it.',
    '',
    'Without -Path it reads the live registry on Windows (or, on any system, the .reg file named by the',
    'WINSOCK2DOCTOR_REGISTRY environment variable). With -Path it reads a saved source instead: a .reg',
    'export, the text of netsh winsock show catalog in any UI language, or a Winsock2Doctor backup.',
    'Whether provider DLLs exist is not checked yet. Nothing is changed.',
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
  ],
  outputs: [
    {
      type: 'Winsock2Doctor.Report',
      from: 'report',
      view: {
        kind: 'list',
        properties: ['ComputerName', 'Source', 'OsProfile', 'Verdict', 'Errors', 'Warnings', 'Infos', 'Protocol64Entries', 'Protocol32Entries', 'NameSpace64Entries', 'NameSpace32Entries', 'Lsps', 'Summary'],
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
      code: "Test-Winsock2Catalog -Detailed | Where-Object { $_.PSObject.TypeNames[0] -eq 'Winsock2Doctor.Finding' } | Format-List Id, Message, KbSymptom, Repair",
      remarks: 'Shows, for each problem, the KB811259 symptom it explains and the repair that fixes it.',
    },
  ],
};
