// The pwsh fuzz batch: the first FUZZ_BATCH_CASES cases of FUZZ_SEED, one line each
// (`<n> <mutations> ok <entries> <issues> <sha256>` or `<n> <mutations> error <message>`).
// fuzz.test.ts runs this in both engines (one runBoth call) and requires identical lines.
import { fuzzCorpus, fuzzInput, fuzzOutcome } from './fuzz-gen.js';

export const FUZZ_SEED = 20241125;
export const FUZZ_BATCH_CASES = 300;

export function main(): string[] {
  const corpus = fuzzCorpus();
  const out: string[] = [];
  for (let n = 0; n < FUZZ_BATCH_CASES; n++) {
    const input = fuzzInput(FUZZ_SEED, n, corpus);
    out.push(`${n} ${input.ops.join('+')} ${fuzzOutcome(input.text, n)}`);
  }
  return out;
}
