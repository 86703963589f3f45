/**
 * The default (healthy) Winsock catalogs of src/core/defaults: the single source of the healthy
 * fixtures, byte for byte, in Node and in the compiled module (one pwsh session); each tests
 * Healthy; each OS profile maps to one whose detected profile is that OS profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultProfileNames, defaultWinsockSnapshot } from '../../src/core/defaults/default-snapshot.js';
import { defaultWinsockRegFile } from '../../src/core/defaults/default-reg-file.js';
import { defaultProfileForOs, OS_PROFILE_DEFAULTS } from '../../src/core/defaults/os-profile-defaults.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { buildCatalogs } from '../../src/core/catalog/build-catalogs.js';
import { detectOsProfile } from '../../src/core/checks/os-profile.js';
import { testCatalog } from '../../src/core/report/build-report.js';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { repoRoot } from '../../tools/toolchain.js';

/** The healthy fixtures, one per default profile. */
const HEALTHY = ['xp-sp2-tcpip', 'xp-sp2-nwlink', 'win7-x64', 'win10-x64', 'win11-x64', 'server2022'];

function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(repoRoot, 'test', 'fixtures', `${name}.reg`));
}

/** The JSON Invoke-ModuleCoreJson prints, as Node prints the same result. */
function nodeResultJson(f: () => unknown): string {
  try {
    return JSON.stringify({ value: f() });
  } catch (e) {
    return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
  }
}

/** Bytes from the JSON form of a Uint8Array / [byte[]] ({"0":n,"1":n,...}). */
function bytesFromJson(o: Record<string, number>): Buffer {
  return Buffer.from(Object.keys(o).map((k) => o[k]));
}

describe('default catalogs in Node', () => {
  it('has one default profile per healthy fixture', () => {
    expect(defaultProfileNames()).toEqual(HEALTHY);
  });

  for (const name of HEALTHY) {
    it(`${name}: the .reg writer gives the committed fixture byte for byte`, () => {
      const bytes = Buffer.from(writeRegFile(defaultWinsockSnapshot(name)));
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes.equals(fixtureBytes(name))).toBe(true);
      expect(Buffer.from(defaultWinsockRegFile(name)).equals(bytes)).toBe(true);
    });

    it(`${name}: the fixture's keys and values are the snapshot's`, () => {
      const fromFile = regFileToSnapshot(parseRegFile(fixtureBytes(name)));
      const snapshot = defaultWinsockSnapshot(name);
      expect(snapshot.keys.map((k) => k.path)).toEqual(fromFile.keys.map((k) => k.path));
      expect(JSON.stringify(snapshot)).toBe(JSON.stringify(fromFile));
      // Both keys KB811259 names are there.
      expect(snapshot.keys.some((k) => k.path.endsWith('\\Services\\Winsock\\Parameters'))).toBe(true);
      expect(snapshot.keys.some((k) => k.path.endsWith('\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries\\000000000001'))).toBe(true);
    });
  }

  it('each call builds a fresh snapshot (a repair may edit it)', () => {
    const a = defaultWinsockSnapshot('win10-x64');
    a.keys.pop();
    expect(defaultWinsockSnapshot('win10-x64').keys.length).toBe(a.keys.length + 1);
  });

  it('refuses an unknown profile name with W2D1400 and the known names', () => {
    expect(() => defaultWinsockSnapshot('win95')).toThrow(/^W2D1400: .*'win95'.*xp-sp2-tcpip, .*server2022\)$/);
    expect(() => defaultWinsockSnapshot('WIN10-X64')).toThrow(/^W2D1400/);
  });

  it('maps every detected OS profile to a default whose detected profile is that OS profile', () => {
    for (const row of OS_PROFILE_DEFAULTS) expect(HEALTHY).toContain(row.defaultProfile);
    for (const osProfile of ['XP', 'Vista7', 'Win8to11']) {
      const name = defaultProfileForOs(osProfile);
      expect(name, osProfile).not.toBeNull();
      const catalogs = buildCatalogs(defaultWinsockSnapshot(name!), name!, 'registry');
      expect(detectOsProfile(catalogs), `${osProfile} -> ${name}`).toBe(osProfile);
    }
    expect(defaultProfileForOs('XP')).toBe('xp-sp2-tcpip');
    expect(defaultProfileForOs('Vista7')).toBe('win7-x64');
    expect(defaultProfileForOs('Win8to11')).toBe('win11-x64');
    expect(defaultProfileForOs('Server')).toBe('server2022');
    expect(defaultProfileForOs('unknown')).toBeNull();
  });
});

describe('default catalogs test Healthy', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-defaults-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of HEALTHY) {
    it(`${name}: testCatalog on the written .reg says Healthy with no error or warning`, () => {
      const file = path.join(dir, `${name}.reg`);
      writeFileSync(file, writeRegFile(defaultWinsockSnapshot(name)));
      const { report } = testCatalog(file);
      expect(report.verdict, report.summary).toBe('Healthy');
      expect(report.errors + report.warnings, report.summary).toBe(0);
      expect(report.protocol32Entries).toBeGreaterThanOrEqual(10);
    });
  }
});

describe('default catalogs in the compiled module (pwsh) equal Node', () => {
  let shell: PwshSession;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-defaults-ps-'));

  beforeAll(async () => {
    shell = await PwshSession.start();
    await shell.importModuleCore();
  }, 120_000);
  afterAll(async () => {
    await shell?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function inModule(fn: string, args: string[]): Promise<string> {
    const text = moduleCoreCall(fn, args.map((a) => ps.str(a)));
    return (await shell.run(text)).trim();
  }

  for (const name of HEALTHY) {
    it(`${name}: same snapshot, same .reg bytes (= the fixture), tests Healthy`, async () => {
      const snapshotJson = await inModule('ts_defaultWinsockSnapshot', [name]);
      expect(snapshotJson).toBe(nodeResultJson(() => defaultWinsockSnapshot(name)));
      const regJson = await inModule('ts_defaultWinsockRegFile', [name]);
      expect(regJson).toBe(nodeResultJson(() => defaultWinsockRegFile(name)));
      const parsed = JSON.parse(regJson) as { value: Record<string, number> };
      expect(bytesFromJson(parsed.value).equals(fixtureBytes(name))).toBe(true);
      const file = path.join(dir, `${name}.reg`);
      writeFileSync(file, bytesFromJson(parsed.value));
      const result = JSON.parse(await inModule('ts_testCatalog', [file])) as { value: { report: { verdict: string; errors: number; warnings: number; summary: string } } };
      const report = result.value.report;
      expect(report.verdict, report.summary).toBe('Healthy');
      expect(report.errors + report.warnings, report.summary).toBe(0);
    });
  }

  it('refuses an unknown profile with the same error', async () => {
    const psJson = await inModule('ts_defaultWinsockSnapshot', ['win95']);
    expect(psJson).toMatch(/W2D1400/);
    expect(psJson).toBe(nodeResultJson(() => defaultWinsockSnapshot('win95')));
  });

  it('maps OS profiles as Node does', async () => {
    for (const osProfile of ['XP', 'Vista7', 'Win8to11', 'Server', 'unknown']) {
      expect(await inModule('ts_defaultProfileForOs', [osProfile])).toBe(nodeResultJson(() => defaultProfileForOs(osProfile)));
    }
  });
});
