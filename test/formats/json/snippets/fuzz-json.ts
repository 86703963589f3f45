/** Fuzz batch (both engines): FUZZ_BATCH_JSON mutated JSON texts and every special, read by tryParseJson. */
import { FUZZ_BATCH_JSON, FUZZ_SEED, jsonOutcome, jsonSeeds, makeFuzzCases, specialCases } from './fuzz-gen.js';

export function main(): string[] {
  const cases = specialCases().concat(makeFuzzCases(jsonSeeds(), FUZZ_BATCH_JSON, FUZZ_SEED));
  const out: string[] = [];
  for (const c of cases) out.push(jsonOutcome(c));
  return out;
}
