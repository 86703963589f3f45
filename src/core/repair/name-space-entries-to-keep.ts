/**
 * Which entries of one name-space catalog a Targeted repair keeps: entries missing a value ws2_32
 * requires (it fails the whole catalog on them) and later entries repeating a provider GUID go; the
 * others stay in their order.
 */
import type { NameSpaceEntry } from '../model/catalog.js';
import type { KeepDecision, RemovedEntry } from './protocol-entries-to-keep.js';

/** `missingDll`: keys of entries whose provider DLL was looked for on this computer and is missing. */
export function nameSpaceEntriesToKeep(entries: NameSpaceEntry[], missingDll: string[] = []): KeepDecision {
  const keep: string[] = [];
  const removed: RemovedEntry[] = [];
  const seen = new Map<string, boolean>();
  for (const e of entries) {
    const key = e.key ?? '';
    const missing = e.missingValues ?? [];
    if (missing.length > 0) {
      removed.push({ key, catalogEntryId: 0, protocolName: e.displayString, reason: `it lacks ${missing.join(', ')}` });
    } else if (missingDll.includes(key)) {
      removed.push({ key, catalogEntryId: 0, protocolName: e.displayString, reason: `its provider DLL ${e.libraryPath} is missing on this computer` });
    } else if (seen.has(e.providerId)) {
      removed.push({ key, catalogEntryId: 0, protocolName: e.displayString, reason: `provider ${e.providerId} is already registered by an earlier entry` });
    } else {
      seen.set(e.providerId, true);
      keep.push(key);
    }
  }
  return { keep, removed };
}
