/** OS profile detection, KB811259 Method 2 (XP), C15 legacy Transports and C14 AutodialDLL on fixture variants. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogs } from '../../src/core/sources/read-catalogs.js';
import { runChecks } from '../../src/core/checks/index.js';
import { detectOsProfile } from '../../src/core/checks/os-profile.js';
import { isDefaultAutodialDll } from '../../src/core/checks/check-legacy-key.js';
import { buildReport, testCatalog } from '../../src/core/report/build-report.js';
import type { Catalogs } from '../../src/core/model/catalog.js';
import { repoRoot } from '../../tools/toolchain.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures');
const METHOD2 = ['W2D2021', 'W2D2022', 'W2D2023'];

function load(file: string): Catalogs {
  return readCatalogs(path.join(fixtures, file));
}

function ids(c: Catalogs, only: string[], osProfile?: string): string[] {
  return runChecks(c, osProfile).filter((f) => only.includes(f.id)).map((f) => f.id);
}

describe('OS profile from the data', () => {
  const cases: [string, string][] = [
    ['xp-sp2-tcpip.reg', 'XP'],
    ['xp-sp2-nwlink.reg', 'XP'],
    ['win7-x64.reg', 'Vista7'],
    ['win10-x64.reg', 'Win8to11'],
    ['win11-x64.reg', 'Win8to11'],
    ['server2022.reg', 'Win8to11'],
    ['netsh/en-win10-hyperv32.crlf.txt', 'Win8to11'],
    ['netsh/en-win7-internals-namespace.txt', 'unknown'],
  ];
  for (const [file, profile] of cases) {
    it(`${file} -> ${profile}`, () => {
      expect(detectOsProfile(load(file))).toBe(profile);
      expect(testCatalog(path.join(fixtures, file)).report.osProfile).toBe(profile);
    });
  }

  it('is unknown without protocol entries', () => {
    const c = load('xp-sp2-tcpip.reg');
    c.protocolEntries = [];
    expect(detectOsProfile(c)).toBe('unknown');
  });
});

describe('KB811259 Method 2 (XP only)', () => {
  it('ten TCP/IP headings and 17 with NWLink give no finding', () => {
    expect(ids(load('xp-sp2-tcpip.reg'), METHOD2)).toEqual([]);
    expect(ids(load('xp-sp2-nwlink.reg'), METHOD2)).toEqual([]);
  });

  it('more than ten headings: third-party additions (W2D2021, Warning)', () => {
    const c = load('xp-sp2-tcpip.reg');
    const extra = { ...c.protocolEntries[c.protocolEntries.length - 1], key: '000000000011', catalogEntryId: 1011 };
    c.protocolEntries.push(extra);
    const f = runChecks(c).filter((x) => METHOD2.includes(x.id));
    expect(f.map((x) => x.id)).toEqual(['W2D2021']);
    expect(f[0].severity).toBe('Warning');
    expect(f[0].message).toContain('11 protocol headings where TCP/IP only gives 10');
  });

  it('fewer than ten headings: missing information (W2D2022, Error)', () => {
    const c = load('xp-sp2-tcpip.reg');
    c.protocolEntries.pop();
    const f = runChecks(c).filter((x) => METHOD2.includes(x.id));
    expect(f.map((x) => [x.id, x.severity])).toEqual([['W2D2022', 'Error']]);
    expect(f[0].message).toContain('9 protocol headings where TCP/IP only gives 10');
  });

  it('NWLink installed: 16 headings are missing information against 17', () => {
    const c = load('xp-sp2-nwlink.reg');
    c.protocolEntries.pop();
    const f = runChecks(c).filter((x) => METHOD2.includes(x.id));
    expect(f.map((x) => x.id)).toEqual(['W2D2022']);
    expect(f[0].message).toContain('16 protocol headings where TCP/IP and NWLink IPX/SPX gives 17');
  });

  it('a heading not starting with MSAFD, other than RSVP, names a third-party add-on (W2D2023)', () => {
    const c = load('xp-sp2-tcpip.reg');
    c.protocolEntries[0] = { ...c.protocolEntries[0], protocolName: 'Fabrikam Tcpip [TCP/IP]' };
    const f = runChecks(c).filter((x) => METHOD2.includes(x.id));
    expect(f.map((x) => [x.id, x.severity, x.catalog])).toEqual([['W2D2023', 'Warning', 'Protocol32']]);
    expect(f[0].message).toContain("'Fabrikam Tcpip [TCP/IP]'");
    expect(buildReport(c, runChecks(c), '', 'XP').verdict).toBe('Degraded');
  });

  it('does not apply to other profiles', () => {
    const xp = load('xp-sp2-tcpip.reg');
    xp.protocolEntries.pop();
    expect(ids(xp, METHOD2, 'Vista7')).toEqual([]);
    const w7 = load('win7-x64.reg');
    w7.protocolEntries = w7.protocolEntries.filter((e) => e.catalog === 'Protocol32').slice(0, 5);
    expect(ids(w7, METHOD2)).toEqual([]);
  });
});

describe('C15 legacy Transports and C14 AutodialDLL', () => {
  it('Transports without Tcpip is an Error (W2D2024); null or Tcpip in any case is fine', () => {
    const c = load('win10-x64.reg');
    expect(c.legacyTransports).toEqual(['Tcpip']);
    c.legacyTransports = ['NwlnkIpx'];
    const f = runChecks(c).filter((x) => x.id === 'W2D2024');
    expect(f.map((x) => [x.severity, x.message])).toEqual([['Error', "The legacy Winsock\\Parameters Transports list (NwlnkIpx) has no 'Tcpip': the Windows Sockets DLL finds TCP/IP through it."]]);
    c.legacyTransports = [];
    expect(runChecks(c).find((x) => x.id === 'W2D2024')?.message).toContain('(empty)');
    c.legacyTransports = ['TCPIP', 'NwlnkIpx'];
    expect(ids(c, ['W2D2024'])).toEqual([]);
    c.legacyTransports = null;
    expect(ids(c, ['W2D2024'])).toEqual([]);
  });

  it('AutodialDLL other than rasadhlp.dll in System32 is a Warning (W2D2025), only when present', () => {
    const c = load('win10-x64.reg');
    const p = c.parameters.find((x) => x.name === 'AutodialDLL')!;
    expect(p.text).toBe('C:\\Windows\\System32\\rasadhlp.dll');
    p.text = 'C:\\Windows\\in000.dll';
    const f = runChecks(c).filter((x) => x.id === 'W2D2025');
    expect(f.map((x) => x.severity)).toEqual(['Warning']);
    expect(f[0].message).toContain("'C:\\Windows\\in000.dll'");
    expect(f[0].message).toContain('assumed Windows default');
    expect(buildReport(c, runChecks(c), '').verdict).toBe('Degraded');
    c.parameters = c.parameters.filter((x) => x.name !== 'AutodialDLL');
    expect(ids(c, ['W2D2025'])).toEqual([]);
  });

  it('accepts the default under any Windows root', () => {
    for (const ok of ['%SystemRoot%\\System32\\rasadhlp.dll', '%windir%\\system32\\RASADHLP.DLL', 'C:\\WINDOWS\\system32\\rasadhlp.dll', 'D:\\WINNT\\System32\\rasadhlp.dll']) {
      expect(isDefaultAutodialDll(ok)).toBe(true);
    }
    for (const bad of ['rasadhlp.dll', 'C:\\Windows\\MSTTSLooc.dll', 'C:\\Users\\x\\System32\\rasadhlp.dll', '\\\\server\\share\\system32\\rasadhlp.dll', '']) {
      expect(isDefaultAutodialDll(bad)).toBe(false);
    }
  });
});
