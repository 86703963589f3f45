// Cross-check case: corpus/wine-value-types.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('wine-value-types.reg');
}
