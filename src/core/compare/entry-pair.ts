/** A reference entry and the difference entry it matches, as indexes into the two catalog lists. */
export interface EntryPair {
  reference: number;
  difference: number;
}
