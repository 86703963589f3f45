/**
 * Issue 5, second slice: C5 provider DLLs (W2D2026/W2D2027, DllCheck), IPv6 base providers per
 * profile (W2D2028), C13 writer locks (W2D2029), C15 Tcpip HelperDllName (W2D2030), the Server
 * profile from ProductOptions and a given OS profile, on fixture variants (more-variants.ts).
 * The same variants run in both engines in crosscheck.test.ts.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCatalog, diagnose } from '../../src/core/report/build-report.js';
import { readTestSource } from '../../src/core/report/read-test-source.js';
import { readCatalogs } from '../../src/core/sources/read-catalogs.js';
import { runChecks } from '../../src/core/checks/index.js';
import { isLockKeyName } from '../../src/core/checks/check-lock-keys.js';
import { resolveOsProfile, OS_PROFILES } from '../../src/core/checks/os-profile.js';
import { sourceFactsOf } from '../../src/core/checks/source-facts.js';
import { encodeStringValue } from '../../src/core/formats/packed/registry-values.js';
import { repoRoot } from '../../tools/toolchain.js';
import { MORE_VARIANTS_EXPECTED, writeMoreVariants, writeSystemRoot } from './more-variants.js';
import { main as runVariants } from './snippets/more-checks-variants.js';
import { addKey, cloneSnapshot, readFixture } from './snapshot-edits.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures');
const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-more-checks-'));
const root = mkdtempSync(path.join(os.tmpdir(), 'w2d-systemroot-'));
const saved = { SystemRoot: process.env.SystemRoot, W2D_VARIANTS_DIR: process.env.W2D_VARIANTS_DIR, W2D_REPO_ROOT: process.env.W2D_REPO_ROOT };

beforeAll(() => {
  writeMoreVariants(dir);
  writeSystemRoot(root);
  process.env.SystemRoot = root;
  process.env.W2D_VARIANTS_DIR = dir;
  process.env.W2D_REPO_ROOT = repoRoot;
});

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

function run(file: string, profile?: string) {
  return testCatalog(path.join(dir, file), true, profile);
}

function ids(file: string, profile?: string): string[] {
  return run(file, profile).findings.map((f) => f.id);
}

describe('C5 provider DLLs (W2D2026, W2D2027)', () => {
  it('on this disk: the 32-bit catalog looks in SysWOW64, the 64-bit one in System32; only enabled name spaces', () => {
    const s = readTestSource(path.join(fixtures, 'win10-x64.reg'));
    const r = diagnose(s.catalogs, s.facts, 'PC', true);
    expect(r.report.dllCheck).toBe('Checked');
    const missing = r.findings.filter((f) => f.id === 'W2D2026');
    // Every 32-bit row loads mswsock.dll, which the stand-in SysWOW64 lacks; the 64-bit rows find theirs.
    expect(missing.length).toBe(14);
    expect(new Set(missing.map((f) => f.catalog))).toEqual(new Set(['Protocol32']));
    expect(missing[0].severity).toBe('Error');
    expect(missing[0].message).toContain(`'${root}\\SysWOW64\\`);
    expect(missing[0].catalogEntryId).toBeGreaterThan(1000);
    const ns = r.findings.filter((f) => f.id === 'W2D2027').map((f) => `${f.catalog} ${f.entryKey}`);
    expect(ns).toEqual(['NameSpace64 000000000005', 'NameSpace32 000000000003', 'NameSpace32 000000000004']);
    expect(r.report.verdict).toBe('Corrupted');
  });

  it('a disabled name-space provider whose DLL is missing is not reported', () => {
    const s = readTestSource(path.join(fixtures, 'win10-x64.reg'));
    const ntds = s.catalogs.nameSpaceEntries.find((e) => e.catalog === 'NameSpace64' && e.key === '000000000005')!;
    ntds.enabled = false;
    const f = runChecks(s.catalogs, undefined, { checkFiles: true, facts: null }).filter((x) => x.id === 'W2D2027');
    expect(f.map((x) => x.entryKey)).toEqual(['000000000003', '000000000004']);
  });

  it('relative paths and unknown variables are not looked for; a 32-bit-only catalog is native (no SysWOW64)', () => {
    const c = readCatalogs(path.join(fixtures, 'win10-x64.reg'));
    c.protocolEntries[0] = { ...c.protocolEntries[0], libraryPath: 'mswsock.dll' };
    c.protocolEntries[1] = { ...c.protocolEntries[1], libraryPath: '%NoSuchVariable%\\x.dll' };
    const f = runChecks(c, undefined, { checkFiles: true, facts: null });
    expect(f.filter((x) => x.id === 'W2D2026' && x.catalog === 'Protocol64')).toEqual([]);
    expect(f.filter((x) => x.id === 'W2D2015').length).toBe(1); // the relative path is C6's
    const xp = readCatalogs(path.join(fixtures, 'xp-sp2-tcpip.reg'));
    const xpFindings = runChecks(xp, undefined, { checkFiles: true, facts: null }).filter((x) => x.id === 'W2D2026');
    // The stand-in System32 has mswsock.dll but none of XP's other DLLs: those rows are missing, in System32.
    expect(xpFindings.length).toBeGreaterThan(0);
    expect(xpFindings.length).toBeLessThan(xp.protocolEntries.length);
    expect(xpFindings.every((x) => x.message.includes(`${root}\\system32\\`) || x.message.includes(`${root}\\System32\\`))).toBe(true);
    expect(xpFindings.map((x) => x.message).join('\n')).not.toContain('SysWOW64');
  });

  it('offline sources are never checked: DllCheck NotChecked and no W2D2026/W2D2027, even with no DLL anywhere', () => {
    process.env.SystemRoot = path.join(root, 'nothing-here');
    try {
      for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.reg'))) {
        const r = testCatalog(path.join(fixtures, file), true);
        expect(r.report.dllCheck).toBe('NotChecked');
        expect(r.findings.filter((f) => f.id === 'W2D2026' || f.id === 'W2D2027')).toEqual([]);
      }
    } finally {
      process.env.SystemRoot = root;
    }
  });

  it('a registry image (WINSOCK2DOCTOR_REGISTRY) stands for another machine: not checked either', () => {
    const before = process.env.WINSOCK2DOCTOR_REGISTRY;
    process.env.WINSOCK2DOCTOR_REGISTRY = path.join(fixtures, 'win10-x64.reg');
    try {
      const s = readTestSource();
      expect(s.live).toBe(false);
      expect(testCatalog(undefined, true).report.dllCheck).toBe('NotChecked');
    } finally {
      if (before === undefined) delete process.env.WINSOCK2DOCTOR_REGISTRY;
      else process.env.WINSOCK2DOCTOR_REGISTRY = before;
    }
  });
});

describe('IPv6 base providers (W2D2028) and the OS profile', () => {
  it('a Vista+ catalog without TCP and UDP base providers over IPv6: two Warnings, Degraded', () => {
    const r = run('win7-no-ipv6.reg');
    expect(r.findings.map((f) => [f.id, f.severity, f.catalog])).toEqual([
      ['W2D2028', 'Warning', 'Protocol64'],
      ['W2D2028', 'Warning', 'Protocol64'],
    ]);
    expect(r.findings[0].message).toContain('TCP over IPv6');
    expect(r.findings[1].message).toContain('UDP over IPv6');
    expect(r.report.verdict).toBe('Degraded');
  });

  it('a given profile overrides detection; XP has no IPv6 expectation (and Method 2 applies)', () => {
    expect(run('win7-no-ipv6.reg', 'XP').report.osProfile).toBe('XP');
    expect(ids('win7-no-ipv6.reg', 'XP')).not.toContain('W2D2028');
    expect(ids('win7-no-ipv6.reg', 'XP')).toContain('W2D2021');
    expect(run('win7-no-ipv6.reg', 'Auto').report.osProfile).toBe('Vista7');
    expect(run('win7-no-ipv6.reg', 'server').report.osProfile).toBe('Server');
    expect(ids('win7-no-ipv6.reg', 'Win8to11')).toEqual(['W2D2028', 'W2D2028']);
  });

  it('an XP catalog checked as Vista7 misses its IPv6 rows', () => {
    expect(testCatalog(path.join(fixtures, 'xp-sp2-tcpip.reg'), true, 'Vista7').findings.map((f) => f.id)).toEqual(['W2D2028', 'W2D2028']);
    expect(testCatalog(path.join(fixtures, 'xp-sp2-tcpip.reg'), true).findings).toEqual([]);
  });

  it('rejects an unknown profile with W2D1960 and lists the known ones', () => {
    const c = readCatalogs(path.join(fixtures, 'win10-x64.reg'));
    expect(() => resolveOsProfile(c, null, 'Win95')).toThrow(/^W2D1960: unknown OS profile 'Win95': give Auto, XP, Vista7, Win8to11, Server$/);
    expect(() => testCatalog(path.join(fixtures, 'win10-x64.reg'), false, 'Win95')).toThrow(/W2D1960/);
    expect(OS_PROFILES).toEqual(['XP', 'Vista7', 'Win8to11', 'Server']);
  });

  it('Server from Control\\ProductOptions: ServerNT and LanmanNT on a Windows 10+ shaped catalog; WinNT and XP shapes stay', () => {
    expect(run('win10-servernt.reg').report.osProfile).toBe('Server');
    expect(run('server2022-lanmannt.reg').report.osProfile).toBe('Server');
    expect(run('win10-winnt.reg').report.osProfile).toBe('Win8to11');
    expect(run('xp-servernt.reg').report.osProfile).toBe('XP');
    // A WinSock2 export of a server has no ProductOptions: nothing tells it from a client.
    expect(testCatalog(path.join(fixtures, 'server2022.reg')).report.osProfile).toBe('Win8to11');
    for (const f of ['win10-servernt.reg', 'server2022-lanmannt.reg']) expect(run(f).findings).toEqual([]);
  });

  it('ProductOptions of CurrentControlSet win over another control set', () => {
    const s = cloneSnapshot(readFixture('win10-x64.reg'));
    addKey(s, 'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002\\Control\\ProductOptions', [encodeStringValue('ProductType', 'WinNT', false)]);
    addKey(s, 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions', [encodeStringValue('ProductType', 'ServerNT', false)]);
    expect(sourceFactsOf(s).productType).toBe('ServerNT');
    const other = cloneSnapshot(readFixture('win10-x64.reg'));
    addKey(other, 'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\ProductOptions', [encodeStringValue('ProductType', 'LanmanNT', false)]);
    expect(sourceFactsOf(other).productType).toBe('LanmanNT');
    expect(sourceFactsOf(readFixture('win10-x64.reg'))).toEqual({ tcpipKey: false, tcpipWinsockKey: false, tcpipHelperDllName: null, productType: null });
  });
});

describe('C13 writer locks (W2D2029)', () => {
  it('one Warning per 8-hex-digit subkey of a catalog key; other subkeys are not locks', () => {
    const r = run('win10-lock-keys.reg');
    expect(r.findings.map((f) => [f.id, f.severity, f.catalog])).toEqual([
      ['W2D2029', 'Warning', null],
      ['W2D2029', 'Warning', null],
    ]);
    expect(r.findings[0].message).toContain("Protocol_Catalog9 has the subkey '00000023'");
    expect(r.findings[0].message).toContain('Serial_Access_Num is 35');
    expect(r.findings[1].message).toContain("NameSpace_Catalog5 has the subkey '0000000b'");
    expect(r.report.verdict).toBe('Degraded');
  });

  it('recognises lock key names', () => {
    for (const ok of ['00000023', '0000000b', 'DEADBEEF', 'ffffffff']) expect(isLockKeyName(ok)).toBe(true);
    for (const bad of ['0000023', '000000023', 'Backup01', '0000000G', '', 'Catalog_Entries']) expect(isLockKeyName(bad)).toBe(false);
  });
});

describe('C15 Tcpip HelperDllName (W2D2030)', () => {
  it('Services\\Tcpip\\Parameters\\Winsock without HelperDllName: an Error (a healthy Tcpip6 helper does not count)', () => {
    const r = run('win10-tcpip-no-helper.reg');
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([['W2D2030', 'Error']]);
    expect(r.findings[0].message).toContain('the value is missing or empty');
    expect(r.report.verdict).toBe('Corrupted');
  });

  it('Services\\Tcpip without its Parameters\\Winsock key: the same Error, saying the key is gone', () => {
    const r = run('win10-tcpip-no-winsock-key.reg');
    expect(r.findings.map((f) => f.id)).toEqual(['W2D2030']);
    expect(r.findings[0].message).toContain('the Parameters\\Winsock key itself is missing');
  });

  it('says nothing with a HelperDllName, or when the source has no Services\\Tcpip key at all', () => {
    expect(ids('win10-tcpip-helper-ok.reg')).toEqual([]);
    expect(testCatalog(path.join(fixtures, 'win10-x64.reg'), true).findings).toEqual([]);
    expect(readTestSource(path.join(fixtures, 'win10-x64.reg')).facts?.tcpipKey).toBe(false);
  });
});

describe('the test source', () => {
  it('gives exactly the catalogs readCatalogs gives, for every catalog fixture', () => {
    const files = [
      ...readdirSync(fixtures).filter((f) => f.endsWith('.reg')),
      ...readdirSync(path.join(fixtures, 'netsh')).filter((f) => f.endsWith('.txt') && !f.startsWith('garbage')).map((f) => `netsh/${f}`),
    ];
    for (const f of files) {
      const s = readTestSource(path.join(fixtures, f));
      expect(s.catalogs).toEqual(readCatalogs(path.join(fixtures, f)));
      expect(s.facts === null).toBe(f.startsWith('netsh/'));
    }
  });

  it('the variant snippet gives in Node what this file asserts (its pwsh run is in crosscheck.test.ts)', () => {
    const r = runVariants();
    expect(r.map((x) => `${x.name}: ${x.osProfile} ${x.dllCheck} ${[...new Set(x.findings.map((f) => f.split(' ')[0]))].join(',')}`)).toEqual(MORE_VARIANTS_EXPECTED);
  });
});
