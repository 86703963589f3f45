// Cross-check case: corpus/handcrafted-unsorted.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('handcrafted-unsorted.reg');
}
