// Cross-check case: corpus/bad-W2D1016-truncated.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('bad-W2D1016-truncated.reg');
}
