// Cross-check case: corpus/reader-regedit4-ansi.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('reader-regedit4-ansi.reg');
}
