// Cross-check case: corpus/reader-offline-hive.reg (see reg-case.ts).
import { regCase } from './reg-case.js';
import type { RegCaseResult } from './reg-case.js';

export function main(): RegCaseResult {
  return regCase('reader-offline-hive.reg');
}
