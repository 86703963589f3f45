// Cross-check case: corpus/reader-utf8-nobom-crlf.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('reader-utf8-nobom-crlf.reg');
}
