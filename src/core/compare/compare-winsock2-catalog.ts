/**
 * What Compare-Winsock2Catalog writes: the differences (one Winsock2Doctor.CatalogDifference each),
 * or with -Summary only the summary (one Winsock2Doctor.CatalogComparison).
 */
import type { CatalogDifference, ComparisonSummary } from './types.js';
import { compareCatalogSources } from './compare-catalog-sources.js';

export interface CompareCmdletOutput {
  summaries: ComparisonSummary[];
  differences: CatalogDifference[];
}

export function compareWinsock2Catalog(referencePath: string, differencePath: string | undefined, summaryOnly: boolean): CompareCmdletOutput {
  const comparison = compareCatalogSources(referencePath, differencePath);
  if (summaryOnly) return { summaries: [comparison.summary], differences: [] };
  return { summaries: [], differences: comparison.differences };
}
