/**
 * Catalogs built from every fixture (read through the core .reg reader, as users' files are), and
 * the same from the builder's snapshots directly: counts per catalog, entry types, chains, counters,
 * and the problems each damaged variant must surface as decodeIssues or header facts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../src/core/catalog/build-catalogs.js';
import type { CatalogName, Catalogs, ProtocolEntry } from '../../src/core/model/catalog.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { FIXTURES, buildSnapshot } from '../fixtures/build/fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function fromFile(name: string): Catalogs {
  const file = `test/fixtures/${name}.reg`;
  return buildCatalogs(regFileToSnapshot(parseRegFile(readFileSync(path.join(root, file)))), file, 'reg-file');
}

const protocol = (c: Catalogs, name: CatalogName): ProtocolEntry[] => c.protocolEntries.filter((e) => e.catalog === name);
const header = (c: Catalogs, name: CatalogName) => {
  const h = c.headers.find((x) => x.catalog === name);
  if (!h) throw new Error(`no header ${name}`);
  return h;
};
const names = (entries: ProtocolEntry[]): string[] => entries.map((e) => e.protocolName);

const CATALOGS: Map<string, Catalogs> = new Map(FIXTURES.map((f) => [f.name, fromFile(f.name)]));
const get = (name: string): Catalogs => {
  const c = CATALOGS.get(name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c;
};

/** name -> [Protocol64, Protocol32, NameSpace64, NameSpace32] entry counts (null: catalog absent). */
const COUNTS: Record<string, (number | null)[]> = {
  'xp-sp2-tcpip': [null, 10, null, 3],
  'xp-sp2-nwlink': [null, 17, null, 3],
  'win7-x64': [14, 14, 5, 5],
  'win10-x64': [14, 14, 5, 5],
  'win11-x64': [14, 14, 3, 3],
  server2022: [12, 12, 3, 3],
  'win10-x64-lsp': [19, 19, 5, 5],
  'win10-x64-lsp-orphaned': [18, 18, 5, 5],
  'win10-x64-entries-removed': [13, 13, 5, 5],
  'win10-x64-values-damaged': [13, 14, 5, 5],
  'win10-x64-dns-nsp-disabled': [14, 14, 5, 5],
};

describe('every fixture', () => {
  it('has an expected-count row here', () => {
    expect(Object.keys(COUNTS).sort()).toEqual(FIXTURES.map((f) => f.name).sort());
  });
  for (const f of FIXTURES) {
    describe(f.name, () => {
      const c = get(f.name);
      it('has the expected catalogs and entry counts', () => {
        const order: CatalogName[] = ['Protocol64', 'Protocol32', 'NameSpace64', 'NameSpace32'];
        const counts = order.map((n) => {
          if (!c.headers.some((h) => h.catalog === n)) return null;
          return n.startsWith('Protocol') ? protocol(c, n).length : c.nameSpaceEntries.filter((e) => e.catalog === n).length;
        });
        expect(counts).toEqual(COUNTS[f.name]);
        expect(c.headers.map((h) => h.catalog)).toEqual(order.filter((_, i) => COUNTS[f.name][i] !== null));
      });
      it('reads the same from the .reg file as from the builder snapshot', () => {
        const direct = buildCatalogs(buildSnapshot(f), `test/fixtures/${f.name}.reg`, 'reg-file');
        expect(JSON.parse(JSON.stringify(direct))).toEqual(JSON.parse(JSON.stringify(c)));
      });
      it('keeps the raw items: 888 bytes each (except the damaged one), hex equal to the re-encoded item', () => {
        for (const e of c.protocolEntries) {
          expect(e.rawItemHex?.length).toBe((e.itemSize ?? 0) * 2);
          if (!(f.name === 'win10-x64-values-damaged' && e.key === '000000000002' && e.catalog === 'Protocol64')) expect(e.itemSize).toBe(888);
        }
      });
      it('has the legacy Transports list and the WinSock2 parameters', () => {
        expect(c.legacyTransports).toContain('Tcpip');
        expect(c.parameters.map((p) => p.name)).toEqual(['AutodialDLL', 'Current_NameSpace_Catalog', 'Current_Protocol_Catalog', 'WinSock_Registry_Version']);
        expect(c.sourceKind).toBe('reg-file');
        expect(c.limitations).toEqual([]);
      });
    });
  }
});

const HEALTHY = ['xp-sp2-tcpip', 'xp-sp2-nwlink', 'win7-x64', 'win10-x64', 'win11-x64', 'server2022'];

describe('healthy catalogs', () => {
  for (const name of HEALTHY) {
    it(`${name}: base providers only, IDs 1001.. in order, counters agree, no decode issues`, () => {
      const c = get(name);
      expect(c.decodeIssues).toEqual([]);
      for (const h of c.headers) {
        expect(h.numCatalogEntries).toBe(h.entryKeys.length);
        expect(h.entryKeys).toEqual(h.entryKeys.map((_, i) => String(i + 1).padStart(12, '0')));
      }
      for (const cat of ['Protocol64', 'Protocol32'] as CatalogName[]) {
        const entries = protocol(c, cat);
        if (entries.length === 0) continue;
        expect(entries.every((e) => e.entryType === 'Base' && e.chainLen === 1 && e.chainEntries.length === 1)).toBe(true);
        expect(entries.map((e) => e.catalogEntryId)).toEqual(entries.map((_, i) => 1001 + i));
        expect(header(c, cat).nextCatalogEntryId).toBe(1001 + entries.length);
        expect(entries.every((e) => e.version === 2 && e.libraryPath.endsWith('.dll'))).toBe(true);
        // KB Method 1: TCP and UDP base providers for IPv4 present.
        expect(entries.some((e) => e.addressFamily === 2 && e.socketType === 1 && e.protocol === 6 && e.providerId === '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}')).toBe(true);
        expect(entries.some((e) => e.addressFamily === 2 && e.socketType === 2 && e.protocol === 17)).toBe(true);
      }
      expect(c.nameSpaceEntries.every((e) => e.enabled && e.missingValues === undefined)).toBe(true);
      expect(c.nameSpaceEntries.some((e) => e.nameSpace === 12 && e.providerId === '{22059D40-7E9E-11CF-AE5A-00AA00A7112B}')).toBe(true);
    });
  }

  it('xp-sp2-tcpip lists the ten KB811259 headings in order', () => {
    const n = names(protocol(get('xp-sp2-tcpip'), 'Protocol32'));
    expect(n.slice(0, 4)).toEqual(['MSAFD Tcpip [TCP/IP]', 'MSAFD Tcpip [UDP/IP]', 'RSVP UDP Service Provider', 'RSVP TCP Service Provider']);
    expect(n.slice(4).every((x) => x.startsWith('MSAFD NetBIOS [\\Device\\NetBT_Tcpip'))).toBe(true);
    expect(n.length).toBe(10);
  });
  it('xp-sp2-nwlink: 17 headings, only two not starting with MSAFD (KB811259), one is MSAFD nwlnkipx [IPX]', () => {
    const n = names(protocol(get('xp-sp2-nwlink'), 'Protocol32'));
    expect(n.length).toBe(17);
    expect(n.filter((x) => !x.startsWith('MSAFD'))).toEqual(['RSVP UDP Service Provider', 'RSVP TCP Service Provider']);
    expect(n).toContain('MSAFD nwlnkipx [IPX]');
    expect(get('xp-sp2-nwlink').legacyTransports).toEqual(['Tcpip', 'NwlnkIpx', 'NwlnkSpx', 'NwlnkNb']);
  });
  it('NetBIOS lana 0 stores protocol 0x80000000 (as a signed int)', () => {
    const e = protocol(get('xp-sp2-tcpip'), 'Protocol32').find((x) => x.protocolName.endsWith('SEQPACKET 0'));
    expect(e?.protocol).toBe(-2147483648);
    expect(e?.addressFamily).toBe(17);
  });
  it('XP has no ProtocolName values; Vista+ has the MUI strings of TCP/UDP', () => {
    expect(get('xp-sp2-tcpip').protocolEntries.every((e) => e.displayName === undefined)).toBe(true);
    const tcp = protocol(get('win7-x64'), 'Protocol64').find((e) => e.protocolName === 'MSAFD Tcpip [TCP/IP]');
    expect(tcp?.displayName).toBe('@%SystemRoot%\\System32\\mswsock.dll,-60100');
  });
  it('x64: both catalogs hold identical items; Windows 11 starts with TCP/IPv6; Server 2022 has no Bluetooth', () => {
    for (const name of ['win7-x64', 'win10-x64', 'win11-x64', 'server2022']) {
      const c = get(name);
      expect(protocol(c, 'Protocol64').map((e) => e.rawItemHex)).toEqual(protocol(c, 'Protocol32').map((e) => e.rawItemHex));
    }
    expect(protocol(get('win11-x64'), 'Protocol64')[0].protocolName).toBe('MSAFD Tcpip [TCP/IPv6]');
    expect(get('server2022').protocolEntries.some((e) => e.addressFamily === 32)).toBe(false);
    expect(get('win10-x64').protocolEntries.some((e) => e.protocolName === 'AF_UNIX')).toBe(true);
  });
});

describe('derived variants', () => {
  it('LSP installed: chains on top, base entries, the layered entry last, in both catalogs', () => {
    const c = get('win10-x64-lsp');
    for (const cat of ['Protocol64', 'Protocol32'] as CatalogName[]) {
      const e = protocol(c, cat);
      const ids = new Map(e.map((x) => [x.catalogEntryId, x]));
      expect(e.slice(0, 4).map((x) => x.entryType)).toEqual(['Chain', 'Chain', 'Chain', 'Chain']);
      expect(e.slice(4, 18).every((x) => x.entryType === 'Base')).toBe(true);
      const layered = e[18];
      expect(layered.entryType).toBe('Layered');
      expect(layered.catalogEntryId).toBe(1015);
      expect(layered.chainEntries).toEqual([]);
      expect(layered.providerFlags & 0x4).toBe(4);
      for (const chain of e.slice(0, 4)) {
        expect(chain.chainLen).toBe(2);
        expect(chain.chainEntries[0]).toBe(1015);
        const base = ids.get(chain.chainEntries[1]);
        expect(base?.entryType).toBe('Base');
        expect(chain.protocolName).toBe(`Fabrikam Web Shield over [${base?.protocolName}]`);
        expect([chain.addressFamily, chain.socketType, chain.protocol]).toEqual([base?.addressFamily, base?.socketType, base?.protocol]);
      }
      expect(e.slice(0, 4).map((x) => x.catalogEntryId)).toEqual([1016, 1017, 1018, 1019]);
      expect(header(c, cat).numCatalogEntries).toBe(19);
      expect(header(c, cat).nextCatalogEntryId).toBe(1020);
    }
    expect(c.decodeIssues).toEqual([]);
  });
  it('LSP removed without its chains: four chains per catalog point at the missing ID 1015', () => {
    const c = get('win10-x64-lsp-orphaned');
    for (const cat of ['Protocol64', 'Protocol32'] as CatalogName[]) {
      const e = protocol(c, cat);
      const ids = new Set(e.map((x) => x.catalogEntryId));
      expect(e.some((x) => x.entryType === 'Layered')).toBe(false);
      const orphans = e.filter((x) => x.entryType === 'Chain' && x.chainEntries.some((id) => !ids.has(id)));
      expect(orphans.length).toBe(4);
      expect(orphans.every((x) => x.chainEntries[0] === 1015 && ids.has(x.chainEntries[1]))).toBe(true);
      expect(header(c, cat).numCatalogEntries).toBe(18);
      expect(header(c, cat).entryKeys.length).toBe(18);
    }
  });
  it('entries removed: a gap in Catalog_Entries64, counts that disagree in both catalogs', () => {
    const c = get('win10-x64-entries-removed');
    const h64 = header(c, 'Protocol64');
    expect(h64.entryKeys).not.toContain('000000000005');
    expect(h64.entryKeys.length).toBe(13);
    expect(h64.numCatalogEntries).toBe(14);
    const h32 = header(c, 'Protocol32');
    expect(h32.entryKeys).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(12, '0')));
    expect(h32.numCatalogEntries).toBe(14);
    expect(c.decodeIssues).toEqual([]);
  });
  it('values damaged: a 10-byte item, a missing item, a relative DLL path, no Num_Catalog_Entries', () => {
    const c = get('win10-x64-values-damaged');
    const e64 = protocol(c, 'Protocol64');
    const short = e64.find((e) => e.key === '000000000002');
    expect(short?.itemSize).toBe(10);
    expect(short?.incomplete).toBe(true);
    expect(e64.find((e) => e.key === '000000000003')).toBeUndefined();
    expect(header(c, 'Protocol64').entryKeys).toContain('000000000003');
    expect(e64.find((e) => e.key === '000000000007')?.libraryPath).toBe('mswsock.dll');
    expect(header(c, 'Protocol32').numCatalogEntries).toBeNull();
    expect(header(c, 'Protocol64').numCatalogEntries).toBe(14);
    expect(c.decodeIssues.map((i) => [i.id, i.catalog, i.key])).toEqual([
      ['W2D1101', 'Protocol64', '000000000002'],
      ['W2D1103', 'Protocol64', '000000000003'],
    ]);
    expect(c.decodeIssues[0].message).toContain('10 bytes');
  });
  it('DNS name-space provider disabled in the 64-bit catalog only', () => {
    const c = get('win10-x64-dns-nsp-disabled');
    const dns = c.nameSpaceEntries.filter((e) => e.nameSpace === 12);
    expect(dns.map((e) => [e.catalog, e.enabled])).toEqual([
      ['NameSpace64', false],
      ['NameSpace32', true],
    ]);
    expect(dns[0].displayString).toBe('@%SystemRoot%\\system32\\wshtcpip.dll,-60103');
  });
});
