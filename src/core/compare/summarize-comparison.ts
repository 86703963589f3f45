/** The counts of a comparison per change kind and catalog, and its one-line summary. */
import type { CatalogName } from '../model/catalog.js';
import type { CatalogDifference, ComparisonSummary } from './types.js';

function count(differences: CatalogDifference[], catalog: CatalogName | null, change: string): number {
  return differences.filter((d) => d.change === change && (catalog === null || d.catalog === catalog)).length;
}

/** `Protocol64 2 added, 1 changed` for one catalog, or '' when nothing differs in it. */
function catalogLine(differences: CatalogDifference[], catalog: CatalogName): string {
  const parts: string[] = [];
  for (const change of ['Added', 'Removed', 'Changed']) {
    const n = count(differences, catalog, change);
    if (n > 0) parts.push(`${n} ${change.toLowerCase()}`);
  }
  return parts.length === 0 ? '' : `${catalog} ${parts.join(', ')}`;
}

export function summarizeComparison(referenceSource: string, differenceSource: string, differences: CatalogDifference[], fieldsNotCompared: string[]): ComparisonSummary {
  const catalogs: CatalogName[] = ['Protocol64', 'Protocol32', 'NameSpace64', 'NameSpace32'];
  const lines = catalogs.map((c) => catalogLine(differences, c)).filter((l) => l !== '');
  const identical = differences.length === 0;
  return {
    referenceSource,
    differenceSource,
    identical,
    added: count(differences, null, 'Added'),
    removed: count(differences, null, 'Removed'),
    changed: count(differences, null, 'Changed'),
    protocol64Added: count(differences, 'Protocol64', 'Added'),
    protocol64Removed: count(differences, 'Protocol64', 'Removed'),
    protocol64Changed: count(differences, 'Protocol64', 'Changed'),
    protocol32Added: count(differences, 'Protocol32', 'Added'),
    protocol32Removed: count(differences, 'Protocol32', 'Removed'),
    protocol32Changed: count(differences, 'Protocol32', 'Changed'),
    nameSpace64Added: count(differences, 'NameSpace64', 'Added'),
    nameSpace64Removed: count(differences, 'NameSpace64', 'Removed'),
    nameSpace64Changed: count(differences, 'NameSpace64', 'Changed'),
    nameSpace32Added: count(differences, 'NameSpace32', 'Added'),
    nameSpace32Removed: count(differences, 'NameSpace32', 'Removed'),
    nameSpace32Changed: count(differences, 'NameSpace32', 'Changed'),
    fieldsNotCompared,
    summary: identical ? 'Identical' : `Different: ${lines.join('; ')}`,
  };
}
