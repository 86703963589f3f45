/**
 * Compare-Winsock2Catalog's core: entries matched by identity per catalog, never by key or catalog
 * entry ID; Added / Removed / Changed with the changed fields; the summary.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareCatalogs } from '../../src/core/compare/compare-catalogs.js';
import { compareCatalogSources } from '../../src/core/compare/compare-catalog-sources.js';
import { compareWinsock2Catalog } from '../../src/core/compare/compare-winsock2-catalog.js';
import { parseNetshCatalog } from '../../src/core/formats/netsh/reader.js';
import type { Catalogs } from '../../src/core/model/catalog.js';
import type { CatalogDifference } from '../../src/core/compare/types.js';
import { catalogsOf, fixture, fixturesDir, jsonSnapshotOf, netshTextOf, renumbered, renumberedSnapshotJson } from './helpers.js';
import { readCatalogFile } from '../../src/core/sources/read-catalogs.js';

const BASE = 'win10-x64.reg';

function brief(d: CatalogDifference): string {
  return `${d.change} ${d.catalog} ${d.referenceKey ?? '-'} ${d.differenceKey ?? '-'} ${d.name}`;
}

describe('compare fixtures (.reg against .reg)', () => {
  it('lists the LSP entries as Added: the layered entry and four chains in each protocol catalog', () => {
    const r = compareCatalogSources(fixture(BASE), fixture('win10-x64-lsp.reg'));
    expect(r.summary.identical).toBe(false);
    expect([r.summary.added, r.summary.removed, r.summary.changed]).toEqual([10, 0, 0]);
    expect([r.summary.protocol64Added, r.summary.protocol32Added, r.summary.nameSpace64Added]).toEqual([5, 5, 0]);
    expect(r.summary.summary).toBe('Different: Protocol64 5 added; Protocol32 5 added');
    expect(r.differences.every((d) => d.change === 'Added' && d.referenceKey === null && d.referenceCatalogEntryId === null)).toBe(true);
    const p64 = r.differences.filter((d) => d.catalog === 'Protocol64');
    expect(p64.map((d) => `${d.differenceKey} ${d.differenceCatalogEntryId} ${d.name}`)).toEqual([
      '000000000001 1016 Fabrikam Web Shield over [MSAFD Tcpip [TCP/IP]]',
      '000000000002 1017 Fabrikam Web Shield over [MSAFD Tcpip [UDP/IP]]',
      '000000000003 1018 Fabrikam Web Shield over [MSAFD Tcpip [TCP/IPv6]]',
      '000000000004 1019 Fabrikam Web Shield over [MSAFD Tcpip [UDP/IPv6]]',
      '000000000019 1015 Fabrikam Web Shield',
    ]);
    // The base providers moved down five keys but kept their order among themselves: no Changed.
    expect(p64[4].providerId).toBe('{5E1B9D2C-7A43-4C1E-9F0B-2D6E8A4C3B71}');
    expect(p64.every((d) => d.changedFields.length === 0 && d.changes.length === 0)).toBe(true);
  });

  it('lists them as Removed the other way round', () => {
    const r = compareCatalogSources(fixture('win10-x64-lsp.reg'), fixture(BASE));
    expect([r.summary.added, r.summary.removed, r.summary.changed]).toEqual([0, 10, 0]);
    expect(r.differences[0]).toMatchObject({ change: 'Removed', referenceKey: '000000000001', differenceKey: null, referenceCatalogEntryId: 1016, differenceCatalogEntryId: null });
  });

  it('lists removed entry keys as Removed', () => {
    const r = compareCatalogSources(fixture(BASE), fixture('win10-x64-entries-removed.reg'));
    expect(r.differences.map(brief)).toEqual(['Removed Protocol64 000000000005 - MSAFD Tcpip [TCP/IPv6]', 'Removed Protocol32 000000000014 - MSAFD RfComm [Bluetooth]']);
    expect(r.summary.summary).toBe('Different: Protocol64 1 removed; Protocol32 1 removed');
  });

  it('lists damaged values as Changed with field: old -> new, and pairs a truncated item by its key', () => {
    const r = compareCatalogSources(fixture(BASE), fixture('win10-x64-values-damaged.reg'));
    expect(r.differences.map(brief)).toEqual([
      'Removed Protocol64 000000000003 - MSAFD Tcpip [UDP/IP]',
      'Changed Protocol64 000000000002 000000000002 MSAFD Tcpip [TCP/IP]',
      'Changed Protocol64 000000000007 000000000007 MSAFD Tcpip [RAW/IPv6]',
    ]);
    const raw6 = r.differences[2];
    expect(raw6.changedFields).toEqual(['libraryPath']);
    expect(raw6.changes).toEqual(['libraryPath: "%SystemRoot%\\system32\\mswsock.dll" -> "mswsock.dll"']);
    expect([raw6.referenceCatalogEntryId, raw6.differenceCatalogEntryId]).toEqual([1007, 1007]);
    const truncated = r.differences[1];
    expect(truncated.providerId).toBe('{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}');
    expect(truncated.changedFields).toContain('itemSize');
    expect(truncated.changes).toContain('itemSize: 888 -> 10');
    expect(truncated.changes).toContain('incomplete: false -> true');
    expect(truncated.changes).toContain('serviceFlags1: 0x20066 -> 0x0');
  });

  it('sees a disabled name-space provider as Changed enabled', () => {
    const r = compareCatalogSources(fixture(BASE), fixture('win10-x64-dns-nsp-disabled.reg'));
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]).toMatchObject({ change: 'Changed', catalog: 'NameSpace64', changedFields: ['enabled'], changes: ['enabled: true -> false'], referenceCatalogEntryId: null });
    expect(r.summary.nameSpace64Changed).toBe(1);
  });

  it('reports only the entries that moved (position) between Windows 10 and a freshly reset Windows 11 order', () => {
    const r = compareCatalogSources(fixture(BASE), fixture('win11-x64.reg'));
    const p64 = r.differences.filter((d) => d.catalog === 'Protocol64');
    expect(p64.every((d) => d.change === 'Changed' && d.changedFields.join() === 'position')).toBe(true);
    expect(p64.map((d) => d.changes[0])).toEqual(['position: 5 -> 1', 'position: 6 -> 2', 'position: 7 -> 5', 'position: 1 -> 7']);
    expect(r.differences.filter((d) => d.change === 'Removed').map((d) => `${d.catalog} ${d.name}`)).toEqual([
      'NameSpace64 PNRP Name Namespace',
      'NameSpace64 PNRP Cloud Namespace',
      'NameSpace32 PNRP Name Namespace',
      'NameSpace32 PNRP Cloud Namespace',
    ]);
  });

  it('finds every fixture identical to itself', () => {
    const files = (readdirSync(fixturesDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.reg') || (f.startsWith('netsh') && f.endsWith('.txt') && !f.includes('garbage')));
    expect(files.length).toBeGreaterThan(15);
    for (const f of files) {
      const r = compareCatalogSources(fixture(f), fixture(f));
      expect({ f, identical: r.summary.identical, summary: r.summary.summary, differences: r.differences }).toEqual({ f, identical: true, summary: 'Identical', differences: [] });
    }
  });
});

describe('identity, not numbers', () => {
  it('finds renumbered catalogs (other keys, other catalog entry IDs, chains following) identical', () => {
    const lsp = catalogsOf('win10-x64-lsp.reg');
    const moved = renumbered(lsp, 500, 3);
    expect(moved.protocolEntries[0].catalogEntryId).toBe(1516);
    expect(moved.protocolEntries[0].chainEntries).toEqual([1515, 1502]);
    expect(moved.protocolEntries[0].key).toBe('000000000003');
    const r = compareCatalogs(lsp, moved);
    expect(r.summary.identical).toBe(true);
    expect(r.differences).toEqual([]);
  });

  it('finds a registry renumbered at the byte level (other keys, IDs in the PackedCatalogItems) identical', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-compare-'));
    const file = path.join(dir, 'win10-x64-lsp-renumbered.json');
    writeFileSync(file, renumberedSnapshotJson('win10-x64-lsp.reg', 3000, 7));
    const moved = readCatalogFile(file);
    const chain = moved.protocolEntries.find((e) => e.catalog === 'Protocol64' && e.entryType === 'Chain')!;
    expect([chain.key, chain.catalogEntryId, chain.chainEntries]).toEqual(['000000000008', 4016, [4015, 4002]]);
    expect(moved.nameSpaceEntries[0].key).toBe('000000000008');
    const r = compareCatalogSources(fixture('win10-x64-lsp.reg'), file);
    expect(r.differences).toEqual([]);
    expect(r.summary.identical).toBe(true);
    // ...and still sees what really differs.
    expect(compareCatalogSources(fixture(BASE), file).summary.summary).toBe('Different: Protocol64 5 added; Protocol32 5 added');
  });

  it('reports a chain over another base provider as a different entry (Removed + Added), not Changed', () => {
    const lsp = catalogsOf('win10-x64-lsp.reg');
    const other: Catalogs = {
      ...lsp,
      protocolEntries: lsp.protocolEntries.map((e) => (e.catalog === 'Protocol64' && e.catalogEntryId === 1016 ? { ...e, chainEntries: [1015, 1004] } : e)),
    };
    const r = compareCatalogs(lsp, other);
    expect(r.differences.map(brief)).toEqual([
      'Removed Protocol64 000000000001 - Fabrikam Web Shield over [MSAFD Tcpip [TCP/IP]]',
      'Added Protocol64 - 000000000001 Fabrikam Web Shield over [MSAFD Tcpip [TCP/IP]]',
    ]);
  });

  it('never matches across catalogs: an entry moved from Protocol64 to Protocol32 is Removed there and Added here', () => {
    const base = catalogsOf(BASE);
    const only32 = base.protocolEntries.filter((e) => e.catalog === 'Protocol32');
    const extra = { ...base.protocolEntries.find((e) => e.catalog === 'Protocol64' && e.catalogEntryId === 1012)!, catalog: 'Protocol32' as const, key: '000000000015' };
    const r = compareCatalogs({ ...base, protocolEntries: [...only32] }, { ...base, protocolEntries: [...only32, extra] });
    expect(r.differences.map(brief)).toEqual(['Added Protocol32 - 000000000015 AF_UNIX']);
    const r2 = compareCatalogs(base, { ...base, protocolEntries: base.protocolEntries.filter((e) => !(e.catalog === 'Protocol64' && e.catalogEntryId === 1012)).concat([extra]) });
    expect(r2.differences.map(brief)).toEqual(['Removed Protocol64 000000000012 - AF_UNIX', 'Added Protocol32 - 000000000015 AF_UNIX']);
  });

  it('pairs duplicates in order: the extra copy is the one Added (or Removed)', () => {
    const base = catalogsOf(BASE);
    const tcp = base.protocolEntries.find((e) => e.catalog === 'Protocol64' && e.catalogEntryId === 1002)!;
    const copy = { ...tcp, key: '000000000015', catalogEntryId: 1015, libraryPath: 'C:\\copy\\mswsock.dll' };
    const doubled: Catalogs = { ...base, protocolEntries: [...base.protocolEntries, copy] };
    const added = compareCatalogs(base, doubled);
    expect(added.differences.map(brief)).toEqual(['Added Protocol64 - 000000000015 MSAFD Tcpip [TCP/IP]']);
    expect(added.differences[0].differenceCatalogEntryId).toBe(1015);
    const removed = compareCatalogs(doubled, base);
    expect(removed.differences.map(brief)).toEqual(['Removed Protocol64 000000000015 - MSAFD Tcpip [TCP/IP]']);
    // Two copies on both sides: first with first, second with second (the copy's path is the change).
    const swapped: Catalogs = { ...base, protocolEntries: [...base.protocolEntries, { ...copy, libraryPath: 'D:\\other.dll' }] };
    const both = compareCatalogs(doubled, swapped);
    expect(both.differences).toHaveLength(1);
    expect(both.differences[0]).toMatchObject({ change: 'Changed', referenceKey: '000000000015', differenceKey: '000000000015', changes: ['libraryPath: "C:\\copy\\mswsock.dll" -> "D:\\other.dll"'] });
    expect(compareCatalogs(doubled, doubled).summary.identical).toBe(true);
  });

  it('reports the one entry that moved, not every entry it shifted', () => {
    const base = catalogsOf(BASE);
    const p64 = base.protocolEntries.filter((e) => e.catalog === 'Protocol64');
    const rest = base.protocolEntries.filter((e) => e.catalog !== 'Protocol64');
    const reordered: Catalogs = { ...base, protocolEntries: [...p64.slice(1), p64[0], ...rest] };
    const r = compareCatalogs(base, reordered);
    expect(r.differences.map((d) => `${brief(d)} ${d.changes.join()}`)).toEqual(['Changed Protocol64 000000000001 000000000001 Hyper-V RAW position: 1 -> 14']);
  });
});

describe('other source forms', () => {
  it('finds a JSON snapshot identical to the .reg it was made from, and sees the LSP against it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-compare-'));
    const json = path.join(dir, 'win10-x64.json');
    writeFileSync(json, jsonSnapshotOf(BASE));
    expect(compareCatalogSources(fixture(BASE), json).summary.identical).toBe(true);
    expect(compareCatalogSources(json, fixture('win10-x64-lsp.reg')).summary.added).toBe(10);
  });

  it('finds netsh text of a machine identical to its .reg export, comparing only what netsh shows', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-compare-'));
    const text = path.join(dir, 'win10-x64-lsp.txt');
    writeFileSync(text, netshTextOf(catalogsOf('win10-x64-lsp.reg')));
    const r = compareCatalogSources(fixture('win10-x64-lsp.reg'), text);
    expect(r.summary.identical).toBe(true);
    expect(r.summary.fieldsNotCompared).toContain('protocol.providerFlags');
    expect(r.summary.fieldsNotCompared).toContain('nameSpace.libraryPath');
    expect(compareCatalogSources(fixture(BASE), fixture('win10-x64-lsp.reg')).summary.fieldsNotCompared).toEqual([]);
    // What netsh does show still counts: the flags and the LSP's entries.
    const lsp = catalogsOf('win10-x64-lsp.reg');
    const changed = { ...lsp, protocolEntries: lsp.protocolEntries.map((e) => (e.catalogEntryId === 1007 && e.catalog === 'Protocol32' ? { ...e, serviceFlags1: 0x66 } : e)) };
    const viaNetsh = compareCatalogs(lsp, parseNetshCatalog(netshTextOf(changed), 'netsh'));
    expect(viaNetsh.differences.map((d) => `${brief(d)} ${d.changes.join()}`)).toEqual(['Changed Protocol32 000000000011 - MSAFD Tcpip [RAW/IPv6] serviceFlags1: 0x20609 -> 0x66']);
    const againstBase = compareCatalogSources(fixture(BASE), text);
    expect([againstBase.summary.protocol64Added, againstBase.summary.protocol32Added, againstBase.summary.removed, againstBase.summary.changed]).toEqual([5, 5, 0, 0]);
  });
});

describe('errors and the cmdlet shape', () => {
  it('fails with the stable IDs: no reference (W2D1950), a missing file (W2D9010)', () => {
    expect(() => compareCatalogSources('', fixture(BASE))).toThrow(/^W2D1950: /);
    expect(() => compareCatalogSources(fixture('no-such.reg'), fixture(BASE))).toThrow(/^W2D9010: /);
    expect(() => compareCatalogSources(fixture(BASE), fixture('no-such.reg'))).toThrow(/^W2D9010: /);
  });

  it('gives the cmdlet the differences, or with -Summary only the summary', () => {
    const full = compareWinsock2Catalog(fixture(BASE), fixture('win10-x64-entries-removed.reg'), false);
    expect(full.summaries).toEqual([]);
    expect(full.differences).toHaveLength(2);
    const summary = compareWinsock2Catalog(fixture(BASE), fixture('win10-x64-entries-removed.reg'), true);
    expect(summary.differences).toEqual([]);
    expect(summary.summaries).toHaveLength(1);
    expect(summary.summaries[0].removed).toBe(2);
  });
});
