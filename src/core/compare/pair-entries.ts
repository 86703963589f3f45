/**
 * Pairs the entries of one catalog on two sides. First by identity: entries with the same identity
 * pair in source order (the first with the first, the second with the second, ...), so duplicates
 * pair deterministically. Then, for an entry the source holds only in part (its identity unknown),
 * by entry key: the same key on the other side, if that entry is still unpaired. Pairs come back in
 * reference order.
 */
import type { ComparableEntry } from './types.js';
import type { EntryPair } from './entry-pair.js';

export function pairEntries(reference: ComparableEntry[], difference: ComparableEntry[]): EntryPair[] {
  const waiting = new Map<string, number[]>();
  for (let d = 0; d < difference.length; d++) {
    const e = difference[d];
    if (e.incomplete) continue;
    const list = waiting.get(e.identity);
    if (list === undefined) waiting.set(e.identity, [d]);
    else list.push(d);
  }
  const taken = new Map<string, number>();
  const referencePaired: boolean[] = reference.map(() => false);
  const differencePaired: boolean[] = difference.map(() => false);
  const pairs: EntryPair[] = [];
  for (let r = 0; r < reference.length; r++) {
    const e = reference[r];
    if (e.incomplete) continue;
    const list = waiting.get(e.identity);
    if (list === undefined) continue;
    const next = taken.get(e.identity) ?? 0;
    if (next >= list.length) continue;
    taken.set(e.identity, next + 1);
    pairs.push({ reference: r, difference: list[next] });
    referencePaired[r] = true;
    differencePaired[list[next]] = true;
  }
  for (let r = 0; r < reference.length; r++) {
    const key = reference[r].key;
    if (referencePaired[r] || key === null) continue;
    const d = difference.findIndex((o, i) => !differencePaired[i] && o.key === key);
    if (d < 0) continue;
    if (!reference[r].incomplete && !difference[d].incomplete) continue;
    pairs.push({ reference: r, difference: d });
    referencePaired[r] = true;
    differencePaired[d] = true;
  }
  return pairs.sort((a, b) => a.reference - b.reference);
}
