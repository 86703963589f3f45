// Cross-check case: corpus/wine-win10-catalog-full.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('wine-win10-catalog-full.reg');
}
