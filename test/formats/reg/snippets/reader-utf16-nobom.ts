// Cross-check case: corpus/reader-utf16-nobom.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('reader-utf16-nobom.reg');
}
