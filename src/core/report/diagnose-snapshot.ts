/**
 * The diagnosis of registry data held in memory (a backup being written, a repair's before and
 * after): catalogs built from the snapshot, the facts it holds outside the Winsock keys, every check.
 * Provider DLLs are looked for only with `checkFiles` (the live registry of this computer): other
 * data may not be this disk's.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import { buildCatalogs } from '../catalog/build-catalogs.js';
import { sourceFactsOf } from '../checks/source-facts.js';
import { diagnose, type TestResult } from './build-report.js';

export function diagnoseSnapshot(snapshot: RegistrySnapshot, source: string, computerName: string, osProfile?: string, checkFiles?: boolean): TestResult {
  return diagnose(buildCatalogs(snapshot, source, 'registry'), sourceFactsOf(snapshot), computerName, checkFiles === true, osProfile);
}
