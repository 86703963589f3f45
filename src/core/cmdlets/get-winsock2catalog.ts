import type { CmdletDefinition } from './cmdlet-definition.js';
import { readCatalogs } from '../sources/read-catalogs.js';

export const getWinsock2Catalog: CmdletDefinition = {
  name: 'Get-Winsock2Catalog',
  synopsis: 'Lists the entries of the Winsock2 catalogs, like netsh winsock show catalog, as objects.',
  description: [
    'Reads the Winsock2 protocol catalogs (64-bit and 32-bit) and name-space catalogs and writes one',
    'object per entry: Winsock2Doctor.ProtocolEntry for transport providers, layered service providers',
    '(LSPs) and their chains, then Winsock2Doctor.NameSpaceEntry for name-space providers.',
    '',
    'Without -Path it reads the live registry on Windows (or, on any system, the .reg file named by the',
    'WINSOCK2DOCTOR_REGISTRY environment variable). With -Path it reads a saved source instead: a .reg',
    'export (regedit or reg export, any encoding), the text of netsh winsock show catalog in any UI',
    'language, or a Winsock2Doctor backup. Nothing is changed.',
  ].join('\n'),
  implementation: readCatalogs,
  parameters: [
    {
      name: 'Path',
      type: 'string',
      position: 0,
      isPath: true,
      aliases: ['FullName'],
      valueFromPipelineByPropertyName: true,
      description: 'A .reg export, a saved netsh winsock show catalog output or a Winsock2Doctor backup to read instead of the registry.',
    },
  ],
  outputs: [
    {
      type: 'Winsock2Doctor.ProtocolEntry',
      from: 'protocolEntries',
      view: { kind: 'table', properties: ['Catalog', 'CatalogEntryId', 'EntryType', 'ProtocolName', 'AddressFamily', 'SocketType', 'Protocol', 'LibraryPath'] },
    },
    {
      type: 'Winsock2Doctor.NameSpaceEntry',
      from: 'nameSpaceEntries',
      view: { kind: 'table', properties: ['Catalog', 'DisplayString', 'NameSpace', 'Enabled', 'LibraryPath'] },
    },
  ],
  examples: [
    { code: 'Get-Winsock2Catalog', remarks: 'Lists every catalog entry of this computer.' },
    {
      code: "Get-Winsock2Catalog -Path .\\winsock2.reg | Where-Object EntryType -ne 'Base'",
      remarks: 'Shows the layered service providers and chains in a saved .reg export of the WinSock2 key.',
    },
    {
      code: 'netsh winsock show catalog > catalog.txt; Get-Winsock2Catalog -Path .\\catalog.txt | Format-List *',
      remarks: 'Reads a netsh capture (any UI language) and shows every field of every entry.',
    },
  ],
};
