/**
 * Which entries of one protocol catalog a Targeted repair keeps, and why the others go. Removed:
 * entries whose PackedCatalogItem is missing, not 888 bytes long or unreadable; later entries reusing a catalog ID;
 * protocol chains longer than 7 or pointing at an ID that is not there (orphaned: the LSP was removed
 * without its chains), not starting on a layered entry or not ending on a base provider; layered
 * entries no chain uses; entries whose provider DLL is missing (only when that was checked on this
 * computer's live registry, never for files or images); with -RemoveThirdParty every LSP (layered entries and their chains). Removing
 * one entry can orphan another, so the rules repeat until nothing changes. Base providers always stay.
 */
import type { ProtocolEntry } from '../model/catalog.js';

export interface RemovedEntry {
  key: string;
  catalogEntryId: number;
  protocolName: string;
  reason: string;
}

export interface KeepDecision {
  /** Key names kept, in catalog order. */
  keep: string[];
  removed: RemovedEntry[];
}

function chainProblem(e: ProtocolEntry, byId: Map<number, ProtocolEntry>): string {
  if (e.chainLen > 7) return `its chain is ${e.chainLen} entries long (at most 7)`;
  for (const id of e.chainEntries) {
    if (!byId.has(id)) return `its chain points at catalog ID ${id}, which is not in the catalog (orphaned chain)`;
  }
  const first = byId.get(e.chainEntries[0]);
  if (first === undefined || first.entryType !== 'Layered') return 'its chain does not start on a layered (LSP) entry';
  const last = byId.get(e.chainEntries[e.chainEntries.length - 1]);
  if (last === undefined || last.entryType !== 'Base') return 'its chain does not end on a base provider';
  return '';
}

/** `missingDll`: keys of entries whose provider DLL was looked for on this computer and is missing. */
export function protocolEntriesToKeep(entries: ProtocolEntry[], removeThirdParty: boolean, missingDll: string[] = []): KeepDecision {
  const removed: RemovedEntry[] = [];
  let kept: ProtocolEntry[] = [];
  const seenIds = new Map<number, boolean>();
  for (const e of entries) {
    const key = e.key ?? '';
    // Not 888 bytes is damaged, as check C4 (W2D2005) says: longer is no more readable than shorter.
    if (e.incomplete === true || e.itemSize === null || e.itemSize !== 888) {
      removed.push({ key, catalogEntryId: e.catalogEntryId, protocolName: e.protocolName, reason: 'its PackedCatalogItem is missing, not 888 bytes long or unreadable' });
    } else if (missingDll.includes(key)) {
      removed.push({ key, catalogEntryId: e.catalogEntryId, protocolName: e.protocolName, reason: `its provider DLL ${e.libraryPath} is missing on this computer` });
    } else if (seenIds.has(e.catalogEntryId)) {
      removed.push({ key, catalogEntryId: e.catalogEntryId, protocolName: e.protocolName, reason: `catalog ID ${e.catalogEntryId} is already used by an earlier entry` });
    } else if (removeThirdParty && e.entryType !== 'Base') {
      removed.push({ key, catalogEntryId: e.catalogEntryId, protocolName: e.protocolName, reason: 'it belongs to an LSP (-RemoveThirdParty)' });
    } else {
      seenIds.set(e.catalogEntryId, true);
      kept.push(e);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    const byId = new Map<number, ProtocolEntry>();
    /** The layered entries a chain starts on (one pass, not a search per layered entry). */
    const chainHeads = new Map<number, boolean>();
    for (const e of kept) {
      byId.set(e.catalogEntryId, e);
      if (e.entryType === 'Chain' && e.chainEntries.length > 0) chainHeads.set(e.chainEntries[0], true);
    }
    const next: ProtocolEntry[] = [];
    for (const e of kept) {
      let reason = '';
      if (e.entryType === 'Chain') reason = chainProblem(e, byId);
      else if (e.entryType === 'Layered' && !chainHeads.has(e.catalogEntryId)) {
        reason = 'it is a layered (LSP) entry that no chain uses';
      }
      if (reason === '') next.push(e);
      else {
        removed.push({ key: e.key ?? '', catalogEntryId: e.catalogEntryId, protocolName: e.protocolName, reason });
        changed = true;
      }
    }
    kept = next;
  }
  return { keep: kept.map((e) => e.key ?? ''), removed };
}
