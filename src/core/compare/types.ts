/**
 * The result of comparing two sets of Winsock catalogs (Compare-Winsock2Catalog,
 * `winsock2-doctor diff`). Field names are the documented JSON (docs/compare.md); the cmdlet writes
 * them PascalCased.
 */
import type { CatalogName } from '../model/catalog.js';

export type ChangeKind = 'Added' | 'Removed' | 'Changed';

/** One entry that is only in the reference, only in the difference, or in both with other values. */
export interface CatalogDifference {
  change: ChangeKind;
  catalog: CatalogName;
  /** protocolName (protocol entries) or displayString (name-space entries); the difference side's when it has the entry. */
  name: string;
  providerId: string;
  /** The entry key on each side (null on the side without the entry, and for netsh sources). */
  referenceKey: string | null;
  differenceKey: string | null;
  /** The catalog entry ID on each side (protocol entries only; null otherwise). */
  referenceCatalogEntryId: number | null;
  differenceCatalogEntryId: number | null;
  /** Changed only: the names of the fields that differ, in field order (empty for Added and Removed). */
  changedFields: string[];
  /** Changed only: one `field: old -> new` line per changed field. */
  changes: string[];
}

/** Counts and verdict of a comparison (flat, so it survives remoting and reads well as a list). */
export interface ComparisonSummary {
  referenceSource: string;
  differenceSource: string;
  identical: boolean;
  added: number;
  removed: number;
  changed: number;
  protocol64Added: number;
  protocol64Removed: number;
  protocol64Changed: number;
  protocol32Added: number;
  protocol32Removed: number;
  protocol32Changed: number;
  nameSpace64Added: number;
  nameSpace64Removed: number;
  nameSpace64Changed: number;
  nameSpace32Added: number;
  nameSpace32Removed: number;
  nameSpace32Changed: number;
  /** Fields left out because one source cannot hold them (netsh text); empty otherwise. */
  fieldsNotCompared: string[];
  /** One line: `Identical` or the counts per change kind and catalog. */
  summary: string;
}

export interface CatalogComparison {
  summary: ComparisonSummary;
  differences: CatalogDifference[];
}

/** One compared field of an entry, as display text (`'"mswsock.dll"'`, `'0x20066'`, `'true'`). */
export interface FieldValue {
  field: string;
  value: string;
}

/** An entry of either kind reduced to what the comparison needs. */
export interface ComparableEntry {
  catalog: CatalogName;
  key: string | null;
  catalogEntryId: number | null;
  name: string;
  providerId: string;
  /** What the entry is, independent of key and catalog entry ID: entries match on it. */
  identity: string;
  /** The source holds only part of it: its identity is not known, so it may pair by key instead. */
  incomplete: boolean;
  /** Compared fields in display order (position is added by the comparison). */
  fields: FieldValue[];
}
