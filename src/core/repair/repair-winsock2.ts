/**
 * Repair-Winsock2: plan, approve, back up, apply, re-test, and roll back by itself when anything goes
 * wrong. Modes: Targeted (plan-targeted.ts, the default), Reset (plan-reset.ts) and Rebuild
 * (KB811259's own procedure for Windows XP: delete both keys, restart, reinstall TCP/IP: only on a
 * registry image, since Windows PowerShell 5.1 does not run on XP). Offline (-Path in -Destination
 * out) it repairs a copy and never touches the input or the registry.
 *
 * On this machine's registry (live or image) the order is always: verified backup of both keys,
 * every step approved (ShouldProcess per step; answering No to any step changes nothing), the writes
 * applied, the keys read back and re-tested; a failed write, keys that differ from the plan or a
 * worse verdict put the keys back from the snapshot the backup holds (RolledBack).
 */
import { host } from '../../host/host.js';
import type { RegistrySnapshot } from '../model/registry.js';
import type { Finding } from '../model/finding.js';
import { writeRegFile } from '../formats/reg/writer.js';
import { readSourceFile } from '../sources/read-source-file.js';
import { describeRegistryStore, newStore, openMachineRegistry, applyRegistryOperations, readRegistryTrees, type RegistryStore } from '../registry/registry-store.js';
import { exportWinsockKeys, winsockKeysOf } from '../registry/export-winsock-keys.js';
import { snapshotsEqual } from '../registry/snapshots-equal.js';
import { rollBackWinsockKeys } from '../registry/apply-with-rollback.js';
import { WINSOCK_KEYS } from '../registry/winsock-keys.js';
import { deleteKeyTreeOperation } from '../registry/registry-operation.js';
import { diagnoseSnapshot } from '../report/diagnose-snapshot.js';
import { defaultBackupFolder } from '../backup/backup-folder.js';
import { writeBackup } from '../backup/backup-winsock-keys.js';
import { planTargeted } from './plan-targeted.js';
import { defaultKeysFor, planReset, withWinsockKeys } from './plan-reset.js';
import { problemIds } from './finding-delta.js';
import { operationsToReach } from './snapshot-diff.js';
import { applyOperations } from '../registry/apply-operation.js';
import { readPendingRebuild, writeRebuildState, type RebuildState } from './rebuild-pending.js';
import { OS_PROFILES } from '../checks/os-profile.js';
import { REPAIR_MODES, type RepairPlan, type RepairResult } from './repair-types.js';

export const W2D3001_UNKNOWN_MODE = 'W2D3001';
export const W2D3002_NO_DESTINATION = 'W2D3002';
export const W2D3003_DESTINATION_IS_SOURCE = 'W2D3003';
export const W2D3004_DESTINATION_WITHOUT_PATH = 'W2D3004';
export const W2D3005_NOT_ELEVATED = 'W2D3005';
export const W2D3007_REBUILD_NOT_HERE = 'W2D3007';
export const W2D3008_REBUILD_OFFLINE = 'W2D3008';
export const W2D3010_RESUME_WITHOUT_REBUILD = 'W2D3010';
export const W2D3011_NETSH_FAILED = 'W2D3011';
export const W2D3012_NOT_AS_PLANNED = 'W2D3012';
export const W2D3013_VERDICT_WORSE = 'W2D3013';
export const W2D3014_NOT_REGISTRY_DATA = 'W2D3014';

/** Healthy or ThirdPartyPresent: what a repair must leave, or else say what is left (Incomplete). */
function isHealthyVerdict(v: string): boolean {
  return v === 'Healthy' || v === 'ThirdPartyPresent';
}

/**
 * Why the catalog is not healthy after the repair: the plan's limitation (Targeted names Reset), else
 * each ID left with what fixes it (e.g. W2D2030: Services\Tcpip, outside the keys any mode changes).
 */
function incompleteMessage(mode: string, limitation: string, left: Finding[]): string {
  if (limitation !== '') return limitation;
  const parts: string[] = [];
  for (const id of problemIds(left)) {
    const f = left.find((x) => x.id === id);
    parts.push(`${id}: ${f === undefined ? '' : f.repair}`);
  }
  return `${mode} leaves ${parts.join('; ')}`;
}

function verdictRank(v: string): number {
  if (v === 'Corrupted') return 2;
  if (v === 'Degraded') return 1;
  return 0;
}

function normalizeMode(mode: string | undefined): string {
  if (mode === undefined || mode === '') return 'Targeted';
  const m = REPAIR_MODES.find((x) => x.toLowerCase() === mode.toLowerCase());
  if (m === undefined) throw new Error(`${W2D3001_UNKNOWN_MODE}: unknown repair mode '${mode}': give ${REPAIR_MODES.join(', ')}`);
  return m;
}

/** A .reg export or JSON snapshot as a whole (other keys kept: an offline repair changes only the Winsock keys). */
function readRegistryFile(path: string): RegistrySnapshot {
  const snapshot = readSourceFile(path).snapshot;
  if (snapshot === null) {
    throw new Error(`${W2D3014_NOT_REGISTRY_DATA}: '${path}' is not a .reg file or a JSON registry snapshot (netsh text holds no registry data to repair)`);
  }
  return snapshot;
}

function rebuildPlan(snapshot: RegistrySnapshot, source: string, computerName: string, osProfile: string, pending: RebuildState | null): RepairPlan {
  if (pending !== null) {
    const operations = operationsToReach(snapshot, withWinsockKeys(snapshot, defaultKeysFor(pending.osProfile)));
    const desired = applyOperations(snapshot, operations);
    const step = { order: 1, action: 'ReinstallTcpip', target: 'Services\\Winsock, Services\\WinSock2', description: `Write the Winsock keys a TCP/IP reinstall creates on ${pending.osProfile} (KB811259 step 2)`, findingIds: [], writes: operations.length };
    return { steps: [{ step, operations, netsh: [], after: desired }], desired, limitation: '', expected: diagnoseSnapshot(desired, source, computerName, pending.osProfile) };
  }
  if (osProfile !== 'XP') {
    throw new Error(`${W2D3007_REBUILD_NOT_HERE}: Rebuild is KB811259's procedure for Windows XP and Server 2003; this catalog is ${osProfile}: use -Mode Reset`);
  }
  const operations = WINSOCK_KEYS.map((r) => deleteKeyTreeOperation(r));
  const desired = applyOperations(snapshot, operations);
  const step = { order: 1, action: 'DeleteWinsockKeys', target: 'Services\\Winsock, Services\\WinSock2', description: 'Delete both Winsock keys (KB811259 step 1); restart, then run Repair-Winsock2 -Mode Rebuild -Resume', findingIds: [], writes: operations.length };
  return { steps: [{ step, operations, netsh: [], after: desired }], desired, limitation: '', expected: diagnoseSnapshot(desired, source, computerName, osProfile) };
}

function applyPlan(store: RegistryStore, plan: RepairPlan): string {
  let failure = '';
  try {
    for (const p of plan.steps) {
      if (p.netsh.length > 0) {
        const r = host.runNetsh(p.netsh);
        if (r.exitCode !== 0) throw new Error(`${W2D3011_NETSH_FAILED}: netsh ${p.netsh.join(' ')} failed (exit code ${r.exitCode}): ${r.output.trim()}`);
      } else {
        applyRegistryOperations(store, p.operations);
      }
    }
  } catch (e) {
    failure = (e as Error).message;
  }
  return failure;
}

/**
 * Repair-Winsock2 [-Mode Targeted|Reset|Rebuild] [-RemoveThirdParty] [-IncludeIpReset] [-Resume]
 * [-Path <in> -Destination <out>] [-OsProfile <profile>] [-BackupFolder <folder>]. `planOnly` (the
 * CLI's --plan) and `failAtWrite` (fault-injection tests) are not cmdlet parameters.
 */
export function repairWinsock2(
  mode?: string,
  removeThirdParty?: boolean,
  includeIpReset?: boolean,
  resume?: boolean,
  path?: string,
  destination?: string,
  osProfile?: string,
  backupFolder?: string,
  planOnly?: boolean,
  failAtWrite?: number,
): RepairResult {
  const m = normalizeMode(mode);
  const offline = path !== undefined && path !== '';
  const folder = backupFolder !== undefined && backupFolder !== '' ? backupFolder : '';
  if (resume === true && m !== 'Rebuild') throw new Error(`${W2D3010_RESUME_WITHOUT_REBUILD}: -Resume continues -Mode Rebuild after the restart`);
  let snapshot: RegistrySnapshot;
  let source: string;
  let computerName = '';
  let store: RegistryStore = newStore('none', '', 0);
  let live = false;
  let stored: RegistrySnapshot = { keys: [] };
  if (offline) {
    if (destination === undefined || destination === '') throw new Error(`${W2D3002_NO_DESTINATION}: an offline repair (-Path) writes its result to -Destination: give it`);
    if (destination === path) throw new Error(`${W2D3003_DESTINATION_IS_SOURCE}: -Destination must not be the input file '${path}' (the input is never changed)`);
    if (m === 'Rebuild') throw new Error(`${W2D3008_REBUILD_OFFLINE}: Rebuild needs a restart between its steps; for a file use -Mode Reset`);
    snapshot = readRegistryFile(path);
    source = path;
  } else {
    if (destination !== undefined && destination !== '') throw new Error(`${W2D3004_DESTINATION_WITHOUT_PATH}: -Destination is the output of an offline repair: give -Path too`);
    store = openMachineRegistry(failAtWrite ?? 0);
    live = store.kind === 'live';
    if (live && !host.isElevated()) throw new Error(`${W2D3005_NOT_ELEVATED}: Repair-Winsock2 changes HKLM: run PowerShell as Administrator`);
    if (live && m === 'Rebuild') throw new Error(`${W2D3007_REBUILD_NOT_HERE}: Rebuild is KB811259's procedure for Windows XP and Server 2003, where this module cannot run: use -Mode Reset`);
    snapshot = exportWinsockKeys(store);
    // A rollback puts the keys back as stored (an image may name ControlSet001), byte for byte.
    stored = readRegistryTrees(store, WINSOCK_KEYS);
    source = describeRegistryStore(store);
    computerName = host.computerName();
  }
  // Provider DLLs are looked for only in this computer's live registry (never a file or an image).
  const before = diagnoseSnapshot(snapshot, source, computerName, osProfile, live);
  const backupFolderToUse = offline ? '' : folder !== '' ? folder : defaultBackupFolder();
  // Rebuild -Resume finds both keys gone (profile 'unknown'): the profile is the one the pending Rebuild recorded.
  const pending = m === 'Rebuild' && resume === true ? readPendingRebuild(backupFolderToUse) : null;
  const profile = pending !== null ? pending.osProfile : before.report.osProfile;
  // 'unknown' is only ever detected, never accepted by the checks (W2D1960): later diagnoses detect again.
  const checkProfile = OS_PROFILES.includes(profile) ? profile : '';
  let plan: RepairPlan;
  if (m === 'Targeted') plan = planTargeted(snapshot, before, source, computerName, checkProfile, removeThirdParty === true, live);
  else if (m === 'Reset') plan = planReset(snapshot, before, source, computerName, profile, live, includeIpReset === true);
  else plan = rebuildPlan(snapshot, source, computerName, profile, pending);
  const expected = plan.expected;
  const result: RepairResult = {
    mode: m,
    status: 'Planned',
    source,
    destination: offline ? (destination as string) : '',
    osProfile: profile,
    steps: plan.steps.map((p) => p.step),
    backupPath: '',
    verdictBefore: before.report.verdict,
    verdictAfter: expected.report.verdict,
    remaining: problemIds(expected.findings),
    rebootRequired: false,
    rolledBack: false,
    message: plan.limitation,
  };
  if (plan.steps.length === 0) {
    result.status = isHealthyVerdict(before.report.verdict) ? 'NothingToDo' : 'Incomplete';
    if (result.status === 'Incomplete') result.message = incompleteMessage(m, plan.limitation, before.findings);
    else if (result.message === '') result.message = `nothing for ${m} to change (verdict ${before.report.verdict})`;
    // An offline repair still writes -Destination (the keys as they are): the admin's next command
    // (Test-Winsock2Catalog -Path <destination>, a copy to the machine) expects the file to be there.
    if (offline && planOnly !== true && host.shouldProcess(destination as string, 'WriteUnchanged: nothing to repair: write the Winsock keys as they are')) {
      host.writeFileAtomic(destination as string, writeRegFile(plan.desired));
    }
    return result;
  }
  if (planOnly === true) return result;
  let approved = true;
  for (const p of plan.steps) {
    if (!host.shouldProcess(p.step.target, `${p.step.action}: ${p.step.description}`)) approved = false;
  }
  if (!approved) {
    result.status = 'Declined';
    result.message = 'nothing was changed (-WhatIf, or a step was not confirmed)';
    return result;
  }
  if (offline) {
    host.writeFileAtomic(destination as string, writeRegFile(plan.desired));
    result.status = isHealthyVerdict(expected.report.verdict) ? 'Repaired' : 'Incomplete';
    if (result.status === 'Incomplete') result.message = incompleteMessage(m, plan.limitation, expected.findings);
    return result;
  }
  if (snapshot.keys.length > 0) result.backupPath = writeBackup({ snapshot, source, computerName }, backupFolderToUse, before.report).path;
  const failure = applyPlan(store, plan);
  let problem = failure;
  let after = expected;
  if (problem === '') {
    const keys = exportWinsockKeys(store);
    after = diagnoseSnapshot(keys, source, computerName, checkProfile, live);
    const netsh = plan.steps.some((p) => p.netsh.length > 0);
    const rebuildFirstHalf = m === 'Rebuild' && resume !== true;
    if (!netsh && !snapshotsEqual(keys, winsockKeysOf(plan.desired))) problem = `${W2D3012_NOT_AS_PLANNED}: the Winsock keys read back differ from the plan`;
    else if (!rebuildFirstHalf && verdictRank(after.report.verdict) > verdictRank(before.report.verdict)) {
      problem = `${W2D3013_VERDICT_WORSE}: the verdict got worse (${before.report.verdict} -> ${after.report.verdict})`;
    }
  }
  if (problem !== '') {
    const rollbackFailure = rollBackWinsockKeys(store, stored);
    result.status = 'RolledBack';
    result.rolledBack = rollbackFailure === '';
    result.verdictAfter = before.report.verdict;
    result.remaining = problemIds(before.findings);
    result.message =
      rollbackFailure === ''
        ? `${problem}; the Winsock keys were rolled back to their state before (backup ${result.backupPath})`
        : `${problem}; rolling back failed too (${rollbackFailure}): restore ${result.backupPath} with Restore-WinsockKeys`;
    return result;
  }
  result.verdictAfter = after.report.verdict;
  result.remaining = problemIds(after.findings);
  result.rebootRequired = true;
  if (m === 'Rebuild' && resume !== true) {
    writeRebuildState(backupFolderToUse, { state: 'pending', osProfile: profile, backupPath: result.backupPath, source });
    result.status = 'RestartRequired';
    result.message = 'both Winsock keys are deleted: restart, then run Repair-Winsock2 -Mode Rebuild -Resume';
  } else {
    if (m === 'Rebuild') writeRebuildState(backupFolderToUse, { state: 'done', osProfile: profile, backupPath: result.backupPath, source });
    result.status = isHealthyVerdict(after.report.verdict) ? 'Repaired' : 'Incomplete';
    if (result.status === 'Incomplete') result.message = incompleteMessage(m, plan.limitation, after.findings);
  }
  return result;
}
