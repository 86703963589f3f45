/** Shared helpers of the checks: which catalogs a source has, entry lookup, DLL file names. */
import type { CatalogHeader, CatalogName, Catalogs, NameSpaceEntry, ProtocolEntry } from '../model/catalog.js';

/** true for netsh text: no key names, no counters, no raw items (see Catalogs.limitations). */
export function isNetsh(c: Catalogs): boolean {
  return c.sourceKind === 'netsh';
}

/**
 * The protocol (or name-space) catalogs of the source, 64-bit first: those with a header or an entry.
 * A netsh capture has headers for catalogs it did not show; they count only when they have entries.
 */
export function catalogNames(c: Catalogs, protocol: boolean): CatalogName[] {
  // Plain loops, not some/filter callbacks: every check calls this, and PowerShell pays per callback.
  let has64 = false;
  let has32 = false;
  if (protocol) {
    for (const e of c.protocolEntries) {
      if (e.catalog === 'Protocol64') has64 = true;
      else if (e.catalog === 'Protocol32') has32 = true;
    }
  } else {
    for (const e of c.nameSpaceEntries) {
      if (e.catalog === 'NameSpace64') has64 = true;
      else if (e.catalog === 'NameSpace32') has32 = true;
    }
  }
  const name64: CatalogName = protocol ? 'Protocol64' : 'NameSpace64';
  const name32: CatalogName = protocol ? 'Protocol32' : 'NameSpace32';
  if (!isNetsh(c)) {
    for (const h of c.headers) {
      if (h.catalog === name64) has64 = true;
      else if (h.catalog === name32) has32 = true;
    }
  }
  const out: CatalogName[] = [];
  if (has64) out.push(name64);
  if (has32) out.push(name32);
  return out;
}

export function headerOf(c: Catalogs, name: CatalogName): CatalogHeader | undefined {
  return c.headers.find((h) => h.catalog === name);
}

/** The complete protocol entries of one catalog (entries the source holds only in part are left to the item-size check). */
export function protocolEntriesOf(c: Catalogs, name: CatalogName): ProtocolEntry[] {
  const out: ProtocolEntry[] = [];
  for (const e of c.protocolEntries) {
    if (e.catalog === name && e.incomplete !== true) out.push(e);
  }
  return out;
}

export function nameSpaceEntriesOf(c: Catalogs, name: CatalogName): NameSpaceEntry[] {
  const out: NameSpaceEntry[] = [];
  for (const e of c.nameSpaceEntries) {
    if (e.catalog === name) out.push(e);
  }
  return out;
}

/** The first entry of each catalog entry ID. */
export function entriesById(entries: ProtocolEntry[]): Map<number, ProtocolEntry> {
  const byId = new Map<number, ProtocolEntry>();
  for (const e of entries) {
    if (!byId.has(e.catalogEntryId)) byId.set(e.catalogEntryId, e);
  }
  return byId;
}

/** The lower-case file name of a DLL path (`%SystemRoot%\system32\MSWSOCK.dll` -> `mswsock.dll`). */
export function dllFileName(path: string): string {
  const slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return path.slice(slash + 1).toLowerCase();
}

/** DLLs of Windows' own providers (reference section 4.2 allow-list, without wpclsp.dll). */
export const MICROSOFT_DLLS: string[] = ['mswsock.dll', 'rsvpsp.dll', 'nlaapi.dll', 'winrnr.dll', 'napinsp.dll', 'pnrpnsp.dll', 'wshbth.dll', 'wshtcpip.dll'];

export function isMicrosoftDll(path: string): boolean {
  return MICROSOFT_DLLS.includes(dllFileName(path));
}

/** A key name and value of a catalog: `Num_Catalog_Entries64` for the 64-bit catalogs. */
export function suffix64(name: CatalogName): string {
  return name === 'Protocol64' || name === 'NameSpace64' ? '64' : '';
}

export function keyNameOf(name: CatalogName): string {
  return name === 'Protocol64' || name === 'Protocol32' ? 'Protocol_Catalog9' : 'NameSpace_Catalog5';
}
