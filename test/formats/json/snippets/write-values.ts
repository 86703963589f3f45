/** Cross-check: random values and numbers written by writeJson with several indents. */
import { writeJson } from '../../../../src/core/formats/json/write.js';
import { makeNumbers, makeValues } from './gen-values.js';

export const VALUE_SEED = 4242;
export const VALUE_COUNT = 60;
export const NUMBER_SEED = 99;
export const NUMBER_COUNT = 400;
export const INDENTS = [0, 1, 2, 4, 10, 11, -1, 2.7];

export function main(): string[] {
  const out: string[] = [];
  for (const v of makeValues(VALUE_SEED, VALUE_COUNT)) {
    for (const indent of INDENTS) out.push(writeJson(v, indent));
  }
  out.push(writeJson(makeNumbers(NUMBER_SEED, NUMBER_COUNT), 0));
  return out;
}
