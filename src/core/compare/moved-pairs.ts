/**
 * Which paired entries moved: the fewest pairs whose order differs between the two sides. The pairs
 * (in reference order) that form the longest run in increasing difference order stay; every other
 * pair moved. Added and removed entries shift positions but move nothing. Ties keep the earlier
 * entries in place, so the answer is deterministic.
 */
import type { EntryPair } from './entry-pair.js';

export function movedPairs(pairs: EntryPair[]): boolean[] {
  const runLength: number[] = [];
  const previous: number[] = [];
  let best = -1;
  for (let i = 0; i < pairs.length; i++) {
    let length = 1;
    let from = -1;
    for (let j = 0; j < i; j++) {
      if (pairs[j].difference < pairs[i].difference && runLength[j] + 1 > length) {
        length = runLength[j] + 1;
        from = j;
      }
    }
    runLength.push(length);
    previous.push(from);
    if (best < 0 || length > runLength[best]) best = i;
  }
  const moved: boolean[] = pairs.map(() => true);
  let at = best;
  while (at >= 0) {
    moved[at] = false;
    at = previous[at];
  }
  return moved;
}
