// Cross-check case: corpus/handcrafted-empty.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('handcrafted-empty.reg');
}
