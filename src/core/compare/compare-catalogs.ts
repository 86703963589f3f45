/**
 * Compares two sets of catalogs entry by entry, each catalog with the same catalog of the other side
 * (Protocol64 with Protocol64, ..., never across catalogs). Entries match by what they are (provider
 * GUID, address family, socket type, protocol, entry type, chain; name spaces by provider GUID and
 * name space), not by key or catalog entry ID, so renumbered catalogs and other machines compare.
 * Catalog counters (Num_Catalog_Entries, Next_Catalog_Entry_ID, Serial_Access_Num) are not compared.
 */
import type { CatalogName, Catalogs } from '../model/catalog.js';
import type { CatalogComparison, CatalogDifference, ComparableEntry } from './types.js';
import { entriesById } from '../checks/catalog-scope.js';
import { protocolComparable } from './protocol-comparable.js';
import { nameSpaceComparable } from './name-space-comparable.js';
import { compareEntryLists } from './compare-entry-lists.js';
import { summarizeComparison } from './summarize-comparison.js';
import { NETSH_UNCOMPARED_NAME_SPACE_FIELDS, NETSH_UNCOMPARED_PROTOCOL_FIELDS } from './netsh-uncompared-fields.js';

function protocolComparables(c: Catalogs, catalog: CatalogName): ComparableEntry[] {
  const entries = c.protocolEntries.filter((e) => e.catalog === catalog);
  const byId = entriesById(entries);
  return entries.map((e) => protocolComparable(e, byId));
}

function nameSpaceComparables(c: Catalogs, catalog: CatalogName): ComparableEntry[] {
  return c.nameSpaceEntries.filter((e) => e.catalog === catalog).map((e) => nameSpaceComparable(e));
}

export function compareCatalogs(reference: Catalogs, difference: Catalogs): CatalogComparison {
  const netsh = reference.sourceKind === 'netsh' || difference.sourceKind === 'netsh';
  const protocolSkipped = netsh ? NETSH_UNCOMPARED_PROTOCOL_FIELDS : [];
  const nameSpaceSkipped = netsh ? NETSH_UNCOMPARED_NAME_SPACE_FIELDS : [];
  let differences: CatalogDifference[] = [];
  for (const catalog of ['Protocol64', 'Protocol32'] as CatalogName[]) {
    differences = differences.concat(compareEntryLists(protocolComparables(reference, catalog), protocolComparables(difference, catalog), protocolSkipped));
  }
  for (const catalog of ['NameSpace64', 'NameSpace32'] as CatalogName[]) {
    differences = differences.concat(compareEntryLists(nameSpaceComparables(reference, catalog), nameSpaceComparables(difference, catalog), nameSpaceSkipped));
  }
  const notCompared = protocolSkipped.map((f) => `protocol.${f}`).concat(nameSpaceSkipped.map((f) => `nameSpace.${f}`));
  return { summary: summarizeComparison(reference.source, difference.source, differences, notCompared), differences };
}
