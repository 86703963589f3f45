import type { CmdletDefinition } from './cmdlet-definition.js';
import { compareWinsock2Catalog as compareForCmdlet } from '../compare/compare-winsock2-catalog.js';

export const compareWinsock2Catalog: CmdletDefinition = {
  name: 'Compare-Winsock2Catalog',
  synopsis: 'Compares two Winsock2 catalogs (before and after, or a machine against a baseline) entry by entry and lists what was added, removed or changed.',
  description: [
    'Reads the Winsock2 catalogs of a reference source and of a difference source and compares each catalog',
    '(Protocol64, Protocol32, NameSpace64, NameSpace32) with the same catalog of the other side. Entries are',
    'matched by what they are, not by their key or catalog entry ID (which differ between machines and after',
    'a reset): protocol entries by provider GUID, address family, socket type, protocol, entry type and, for',
    'LSP chains, the entries the chain links; name-space entries by provider GUID and name space.',
    '',
    'It writes one Winsock2Doctor.CatalogDifference per entry that is only in the reference (Removed), only',
    'in the difference (Added), or in both with other values (Changed: ChangedFields names the fields, Changes',
    "gives 'field: old -> new' for each, and 'position' when the entry moved in the catalog order). Nothing",
    'is written when the catalogs are the same. With -Summary it writes one Winsock2Doctor.CatalogComparison',
    'instead: Identical, and the counts of added, removed and changed entries per catalog.',
    '',
    'Both sides may be a .reg export or backup, a Winsock2Doctor JSON snapshot or the text of netsh winsock',
    'show catalog in any UI language. Without -DifferencePath the difference is this computer (the live',
    'registry on Windows, or the .reg file named by WINSOCK2DOCTOR_REGISTRY). When either side is netsh',
    'text, fields netsh does not show are not compared (FieldsNotCompared lists them). Nothing is changed.',
  ].join('\n'),
  implementation: compareForCmdlet,
  parameters: [
    {
      name: 'ReferencePath',
      type: 'string',
      mandatory: true,
      position: 0,
      isPath: true,
      description: 'The baseline or "before" source: a .reg export or backup, a JSON snapshot or a saved netsh winsock show catalog output.',
    },
    {
      name: 'DifferencePath',
      type: 'string',
      position: 1,
      isPath: true,
      aliases: ['FullName'],
      valueFromPipelineByPropertyName: true,
      description: 'The "after" source or the machine to check against the baseline, in any form ReferencePath takes. Omitted: this computer.',
    },
    {
      name: 'Summary',
      type: 'switch',
      description: 'Writes one Winsock2Doctor.CatalogComparison object (Identical and the counts per catalog) instead of the differences.',
    },
  ],
  outputs: [
    {
      type: 'Winsock2Doctor.CatalogComparison',
      from: 'summaries',
      view: {
        kind: 'list',
        properties: ['ReferenceSource', 'DifferenceSource', 'Identical', 'Added', 'Removed', 'Changed', 'FieldsNotCompared', 'Summary'],
      },
    },
    {
      type: 'Winsock2Doctor.CatalogDifference',
      from: 'differences',
      view: { kind: 'table', properties: ['Change', 'Catalog', 'ReferenceKey', 'DifferenceKey', 'Name', 'ChangedFields'] },
    },
  ],
  examples: [
    {
      code: 'Compare-Winsock2Catalog -ReferencePath .\\before.reg -DifferencePath .\\after.reg',
      remarks: 'Lists what changed in the catalogs between two exports, for example the entries an installer added.',
    },
    {
      code: 'Compare-Winsock2Catalog -ReferencePath .\\baseline.reg -Summary',
      remarks: 'Compares this computer with a known-good baseline and says whether they are identical, with counts per catalog.',
    },
    {
      code: "Compare-Winsock2Catalog .\\before.reg .\\after.reg | Where-Object Change -eq 'Changed' | Format-List Catalog, Name, Changes",
      remarks: "Shows each changed entry with one 'field: old -> new' line per changed field.",
    },
    {
      code: 'Get-ChildItem .\\exports\\*.reg | Compare-Winsock2Catalog -ReferencePath .\\baseline.reg -Summary | Format-Table DifferenceSource, Identical, Summary',
      remarks: 'Compares many saved exports with one baseline.',
    },
  ],
};
