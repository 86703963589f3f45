/**
 * What Repair-Winsock2 plans and reports. A RepairStep is one change an admin can read and approve
 * (ShouldProcess asks per step); its registry writes are kept beside it in a PlannedStep.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import type { RegistryOperation } from '../registry/registry-operation.js';
import type { TestResult } from '../report/build-report.js';

export type RepairMode = 'Targeted' | 'Reset' | 'Rebuild';
export const REPAIR_MODES: string[] = ['Targeted', 'Reset', 'Rebuild'];

export interface RepairStep {
  order: number;
  /** RemoveEntries, RenumberEntries, UpdateCounters, EnableProvider, WriteDefaultCatalog, DeleteWinsockKeys, NetshWinsockReset, NetshIpReset. */
  action: string;
  /** The key (or command) the step changes. */
  target: string;
  description: string;
  /** IDs of the findings this step fixes (present before it, gone after it). */
  findingIds: string[];
  /** Registry writes the step makes (0 for a netsh command). */
  writes: number;
}

export interface PlannedStep {
  step: RepairStep;
  operations: RegistryOperation[];
  /** netsh arguments for a NetshWinsockReset / NetshIpReset step, else []. */
  netsh: string[];
  /** The Winsock keys after this step (the same as before it for netsh steps, which Windows carries out). */
  after: RegistrySnapshot;
}

export interface RepairPlan {
  steps: PlannedStep[];
  /** What the keys will be after the last step. */
  desired: RegistrySnapshot;
  /** Why the mode cannot make the catalogs healthy ('' when it can). */
  limitation: string;
  /** The diagnosis of `desired`. */
  expected: TestResult;
}

export interface RepairResult {
  mode: string;
  /** Repaired | NothingToDo | Incomplete | Planned | Declined | RolledBack | RestartRequired */
  status: string;
  source: string;
  /** The repaired file of an offline repair ('' otherwise). */
  destination: string;
  osProfile: string;
  steps: RepairStep[];
  backupPath: string;
  verdictBefore: string;
  verdictAfter: string;
  /** Finding IDs still present after the repair (or, for a plan, expected to remain). */
  remaining: string[];
  rebootRequired: boolean;
  rolledBack: boolean;
  message: string;
}
