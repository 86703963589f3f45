/** Fuzz batch (both engines): FUZZ_BATCH_SNAPSHOT mutated and reshaped snapshot documents, read by trySnapshotFromJson. */
import { FUZZ_BATCH_SNAPSHOT, FUZZ_SEED, makeSnapshotFuzzCases, snapshotOutcome, snapshotSeeds } from './fuzz-gen.js';

export function main(): string[] {
  const cases = makeSnapshotFuzzCases(snapshotSeeds(), FUZZ_BATCH_SNAPSHOT, FUZZ_SEED + 1);
  const out: string[] = [];
  for (const c of cases) out.push(snapshotOutcome(c));
  return out;
}
