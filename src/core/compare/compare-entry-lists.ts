/**
 * The differences between the entries of one catalog on two sides: Removed (reference only, in
 * reference order), then Added (difference only), then Changed (paired entries whose compared fields
 * differ or that moved; difference order). A move is reported as the field `position`: the entry's
 * 1-based place in its catalog on each side.
 */
import type { CatalogDifference, ComparableEntry } from './types.js';
import { pairEntries } from './pair-entries.js';
import { movedPairs } from './moved-pairs.js';
import { fieldChanges } from './field-changes.js';

function onlyOnOneSide(e: ComparableEntry, change: 'Added' | 'Removed'): CatalogDifference {
  const added = change === 'Added';
  return {
    change,
    catalog: e.catalog,
    name: e.name,
    providerId: e.providerId,
    referenceKey: added ? null : e.key,
    differenceKey: added ? e.key : null,
    referenceCatalogEntryId: added ? null : e.catalogEntryId,
    differenceCatalogEntryId: added ? e.catalogEntryId : null,
    changedFields: [],
    changes: [],
  };
}

export function compareEntryLists(reference: ComparableEntry[], difference: ComparableEntry[], skipped: string[]): CatalogDifference[] {
  const pairs = pairEntries(reference, difference);
  const moved = movedPairs(pairs);
  const removed: CatalogDifference[] = [];
  const added: CatalogDifference[] = [];
  const changed: { at: number; difference: CatalogDifference }[] = [];
  const referencePaired: boolean[] = reference.map(() => false);
  const differencePaired: boolean[] = difference.map(() => false);
  for (const p of pairs) {
    referencePaired[p.reference] = true;
    differencePaired[p.difference] = true;
  }
  for (let r = 0; r < reference.length; r++) {
    if (!referencePaired[r]) removed.push(onlyOnOneSide(reference[r], 'Removed'));
  }
  for (let d = 0; d < difference.length; d++) {
    if (!differencePaired[d]) added.push(onlyOnOneSide(difference[d], 'Added'));
  }
  for (let i = 0; i < pairs.length; i++) {
    const before = reference[pairs[i].reference];
    const after = difference[pairs[i].difference];
    const found = fieldChanges(before.fields, after.fields, skipped);
    if (moved[i]) {
      found.changedFields.push('position');
      found.changes.push(`position: ${pairs[i].reference + 1} -> ${pairs[i].difference + 1}`);
    }
    if (found.changedFields.length === 0) continue;
    changed.push({
      at: pairs[i].difference,
      difference: {
        change: 'Changed',
        catalog: after.catalog,
        // An entry the difference holds only in part has an empty name: show the reference's.
        name: after.name !== '' ? after.name : before.name,
        providerId: after.incomplete ? before.providerId : after.providerId,
        referenceKey: before.key,
        differenceKey: after.key,
        referenceCatalogEntryId: before.catalogEntryId,
        differenceCatalogEntryId: after.catalogEntryId,
        changedFields: found.changedFields,
        changes: found.changes,
      },
    });
  }
  const inOrder = changed.sort((a, b) => a.at - b.at).map((c) => c.difference);
  return [...removed, ...added, ...inOrder];
}
