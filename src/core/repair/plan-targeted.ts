/**
 * The Targeted plan: in each catalog on its own (Protocol64, Protocol32, NameSpace64, NameSpace32),
 * remove what is broken (protocol-entries-to-keep.ts, name-space-entries-to-keep.ts) and renumber the
 * rest contiguously; enable a disabled Windows DNS name-space provider; then set the counters
 * (Num_Catalog_Entries[64], Next_Catalog_Entry_ID when it is missing or too low) and increment
 * Serial_Access_Num of each catalog changed, so running programs reload it. Healthy entries, LSPs
 * included (unless -RemoveThirdParty), stay as they are. Damage it cannot fix (no catalog key, no
 * TCP/UDP base provider, ...) is named in `limitation`, which points at -Mode Reset.
 */
import type { CatalogName, Catalogs } from '../model/catalog.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { buildCatalogs } from '../catalog/build-catalogs.js';
import { isMicrosoftDll, suffix64 } from '../checks/catalog-scope.js';
import { diagnoseSnapshot } from '../report/diagnose-snapshot.js';
import type { TestResult } from '../report/build-report.js';
import { operationsToReach } from './snapshot-diff.js';
import { applyOperations } from '../registry/apply-operation.js';
import { rebuildEntries } from './rebuild-entries.js';
import { entryKeyName } from '../defaults/entry-values.js';
import { protocolEntriesToKeep, type KeepDecision } from './protocol-entries-to-keep.js';
import { nameSpaceEntriesToKeep } from './name-space-entries-to-keep.js';
import { dwordOf, keyAt, withDword } from './snapshot-values.js';
import { fixedFindingIds, problemIds } from './finding-delta.js';
import type { PlannedStep, RepairPlan } from './repair-types.js';

const CATALOG_ORDER: CatalogName[] = ['Protocol64', 'Protocol32', 'NameSpace64', 'NameSpace32'];
/** Findings about keys outside Services\Winsock and Services\WinSock2, which no mode changes (W2D2030: Services\Tcpip). */
const OUTSIDE_WINSOCK_KEYS = ['W2D2030'];
/** NS_DNS: the name space of the Windows DNS provider. */
const NS_DNS = 12;

interface PlanState {
  current: RegistrySnapshot;
  diagnosis: TestResult;
  steps: PlannedStep[];
  /** Catalog keys (Protocol_Catalog9, NameSpace_Catalog5 paths) whose entries changed. */
  changedCatalogKeys: string[];
  source: string;
  computerName: string;
  osProfile: string;
  /** Provider DLLs were looked for on this disk (the live registry): their findings may remove entries. */
  checkFiles: boolean;
}

/** Findings that say an entry's provider DLL is missing (checked on this computer only). */
const DLL_MISSING = ['W2D2026', 'W2D2027'];

function addStep(state: PlanState, action: string, target: string, description: string, scope: string, next: RegistrySnapshot): void {
  const operations = operationsToReach(state.current, next);
  if (operations.length === 0) return;
  const after = applyOperations(state.current, operations);
  const diagnosis = diagnoseSnapshot(after, state.source, state.computerName, state.osProfile, state.checkFiles);
  const step = {
    order: state.steps.length + 1,
    action,
    target,
    description,
    findingIds: fixedFindingIds(state.diagnosis.findings, diagnosis.findings, scope),
    writes: operations.length,
  };
  state.steps.push({ step, operations, netsh: [], after });
  state.current = after;
  state.diagnosis = diagnosis;
}

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('\\'));
}

function decide(c: Catalogs, name: CatalogName, removeThirdParty: boolean, missingDll: string[]): KeepDecision {
  if (name === 'Protocol64' || name === 'Protocol32') return protocolEntriesToKeep(c.protocolEntries.filter((e) => e.catalog === name), removeThirdParty, missingDll);
  return nameSpaceEntriesToKeep(c.nameSpaceEntries.filter((e) => e.catalog === name), missingDll);
}

/** Entry keys of `name` whose provider DLL the current diagnosis found missing. */
function keysWithMissingDll(state: PlanState, name: CatalogName): string[] {
  const out: string[] = [];
  for (const f of state.diagnosis.findings) {
    if (DLL_MISSING.includes(f.id) && f.catalog === name && f.entryKey !== null) out.push(f.entryKey);
  }
  return out;
}

function describeEntries(name: CatalogName, decision: KeepDecision, keyless: number): string {
  const parts = decision.removed.map((r) => `${r.key} (${r.catalogEntryId > 0 ? `ID ${r.catalogEntryId}, ` : ''}${r.protocolName}): ${r.reason}`);
  if (keyless > 0) parts.push(`${keyless} entry key(s) without a readable entry`);
  const renumber = `renumber the ${decision.keep.length} remaining entries 000000000001..${entryKeyName(decision.keep.length)}`;
  if (parts.length === 0) return `${name}: ${renumber}`;
  return `${name}: remove ${parts.join('; ')}; ${renumber}`;
}

function removeEntries(state: PlanState, removeThirdParty: boolean): void {
  // Built again only after a step changed the keys.
  let catalogs = buildCatalogs(state.current, state.source, 'registry');
  for (const name of CATALOG_ORDER) {
    const header = catalogs.headers.find((h) => h.catalog === name);
    if (header === undefined || header.entriesKeyPath === undefined) continue;
    const decision = decide(catalogs, name, removeThirdParty, state.checkFiles ? keysWithMissingDll(state, name) : []);
    const contiguous = header.entryKeys.length === decision.keep.length && decision.keep.every((k, i) => k === entryKeyName(i + 1));
    if (contiguous) continue;
    const removedKeys = decision.removed.map((r) => r.key);
    const keyless = header.entryKeys.filter((k) => !decision.keep.includes(k) && !removedKeys.includes(k)).length;
    const action = decision.removed.length + keyless > 0 ? 'RemoveEntries' : 'RenumberEntries';
    const next = rebuildEntries(state.current, header.entriesKeyPath, decision.keep);
    addStep(state, action, header.entriesKeyPath, describeEntries(name, decision, keyless), name, next);
    catalogs = buildCatalogs(state.current, state.source, 'registry');
    if (!state.changedCatalogKeys.includes(parentPath(header.entriesKeyPath))) state.changedCatalogKeys.push(parentPath(header.entriesKeyPath));
  }
}

function enableDnsProvider(state: PlanState): void {
  const catalogs = buildCatalogs(state.current, state.source, 'registry');
  for (const e of catalogs.nameSpaceEntries) {
    if (e.nameSpace !== NS_DNS || e.enabled || !isMicrosoftDll(e.libraryPath) || e.key === null) continue;
    const header = catalogs.headers.find((h) => h.catalog === e.catalog);
    if (header === undefined || header.entriesKeyPath === undefined) continue;
    const keyPath = `${header.entriesKeyPath}\\${e.key}`;
    addStep(state, 'EnableProvider', keyPath, `${e.catalog}: enable the Windows DNS name-space provider (${e.displayString}): set Enabled = 1`, e.catalog, withDword(state.current, keyPath, 'Enabled', 1));
    const catalogKey = parentPath(header.entriesKeyPath);
    if (!state.changedCatalogKeys.includes(catalogKey)) state.changedCatalogKeys.push(catalogKey);
  }
}

function updateCounters(state: PlanState): void {
  const catalogs = buildCatalogs(state.current, state.source, 'registry');
  const catalogKeys: string[] = [];
  for (const h of catalogs.headers) {
    if (h.entriesKeyPath !== undefined && !catalogKeys.includes(parentPath(h.entriesKeyPath))) catalogKeys.push(parentPath(h.entriesKeyPath));
  }
  for (const catalogKey of catalogKeys) {
    let next = state.current;
    const changes: string[] = [];
    let scope = '';
    for (const h of catalogs.headers) {
      if (h.entriesKeyPath === undefined || parentPath(h.entriesKeyPath) !== catalogKey) continue;
      scope = scope === '' ? h.catalog : 'any';
      const name = `Num_Catalog_Entries${suffix64(h.catalog)}`;
      const count = h.entryKeys.length;
      if (dwordOf(keyAt(next, catalogKey), name) !== count) {
        next = withDword(next, catalogKey, name, count);
        changes.push(`${name} = ${count}`);
      }
    }
    const protocolIds = catalogs.protocolEntries.map((e) => e.catalogEntryId);
    const isProtocolCatalog = catalogs.headers.some((h) => (h.catalog === 'Protocol64' || h.catalog === 'Protocol32') && h.entriesKeyPath !== undefined && parentPath(h.entriesKeyPath) === catalogKey);
    if (isProtocolCatalog && protocolIds.length > 0) {
      const needed = protocolIds.reduce((m, id) => Math.max(m, id), 0) + 1;
      const nextId = dwordOf(keyAt(next, catalogKey), 'Next_Catalog_Entry_ID');
      // An ID of 0xFFFFFFFF leaves no next ID a REG_DWORD can hold (W2D2008 stays: Reset).
      if ((nextId === null || nextId < needed) && needed <= 4294967295) {
        next = withDword(next, catalogKey, 'Next_Catalog_Entry_ID', needed);
        changes.push(`Next_Catalog_Entry_ID = ${needed}`);
      }
    }
    if (changes.length === 0 && !state.changedCatalogKeys.includes(catalogKey)) continue;
    const serial = dwordOf(keyAt(next, catalogKey), 'Serial_Access_Num');
    const newSerial = serial === null ? 1 : (serial + 1) % 4294967296;
    next = withDword(next, catalogKey, 'Serial_Access_Num', newSerial);
    changes.push(`Serial_Access_Num = ${newSerial} (running programs reload the catalog)`);
    addStep(state, 'UpdateCounters', catalogKey, `set ${changes.join(', ')}`, scope === 'any' ? '' : scope, next);
  }
}

/** `checkFiles`: the keys are this computer's live registry, whose provider DLLs were looked for. */
export function planTargeted(snapshot: RegistrySnapshot, before: TestResult, source: string, computerName: string, osProfile: string, removeThirdParty: boolean, checkFiles: boolean = false): RepairPlan {
  const state: PlanState = {
    current: snapshot,
    diagnosis: before,
    steps: [],
    changedCatalogKeys: [],
    source,
    computerName,
    osProfile,
    checkFiles,
  };
  removeEntries(state, removeThirdParty);
  enableDnsProvider(state);
  updateCounters(state);
  // Warnings too: a repair leaves the catalog Healthy or ThirdPartyPresent, or says what is left.
  const left = problemIds(state.diagnosis.findings);
  const forReset = left.filter((id) => !OUTSIDE_WINSOCK_KEYS.includes(id));
  const parts: string[] = [];
  if (forReset.length > 0) parts.push(`Targeted cannot fix ${forReset.join(', ')}: run Repair-Winsock2 -Mode Reset (netsh winsock reset), which rewrites the whole catalog`);
  for (const id of left.filter((x) => OUTSIDE_WINSOCK_KEYS.includes(x))) {
    const f = state.diagnosis.findings.find((x) => x.id === id);
    parts.push(`${id} is outside the Winsock keys, which no mode changes: ${f === undefined ? '' : f.repair}`);
  }
  const limitation = parts.join('; ');
  return { steps: state.steps, desired: state.current, limitation, expected: state.diagnosis };
}
