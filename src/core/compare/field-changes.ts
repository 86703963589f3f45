/**
 * The fields of a paired entry that differ, as names and as `field: old -> new` lines, in field
 * order; fields named in `skipped` are not compared.
 */
import type { FieldValue } from './types.js';

export interface FieldChanges {
  changedFields: string[];
  changes: string[];
}

export function fieldChanges(reference: FieldValue[], difference: FieldValue[], skipped: string[]): FieldChanges {
  const changedFields: string[] = [];
  const changes: string[] = [];
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i];
    // Both lists come from the same builder, so the same field is at the same index (a plain loop:
    // this runs for every field of every paired entry; equal values are the common case).
    const d = i < difference.length && difference[i].field === r.field ? difference[i] : difference.find((f) => f.field === r.field);
    if (d === undefined || d.value === r.value || skipped.includes(r.field)) continue;
    changedFields.push(r.field);
    changes.push(`${r.field}: ${r.value} -> ${d.value}`);
  }
  return { changedFields, changes };
}
