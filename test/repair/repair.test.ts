/**
 * Repair-Winsock2 in Node (repairWinsock2), issue 6 item 4: every fixture repaired offline in both
 * modes tests Healthy or ThirdPartyPresent (or Targeted says it cannot and names Reset, and Reset
 * then can); Targeted keeps every entry it does not report as removed, byte for byte, in order, under
 * contiguous keys with right counters and Serial_Access_Num incremented once per changed catalog;
 * -RemoveThirdParty; nothing to do; plan only; every refusal with its ID; the registry image flows
 * (backup, Targeted = offline bytes, KB811259's Rebuild with -Resume on an XP image).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repairWinsock2 } from '../../src/core/repair/repair-winsock2.js';
import type { RepairResult } from '../../src/core/repair/repair-types.js';
import { REBUILD_STATE_FILE } from '../../src/core/repair/rebuild-pending.js';
import { testCatalog } from '../../src/core/report/build-report.js';
import { buildCatalogs } from '../../src/core/catalog/build-catalogs.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import type { RegistrySnapshot } from '../../src/core/model/registry.js';
import type { CatalogName, Catalogs } from '../../src/core/model/catalog.js';
import { REGISTRY_IMAGE_VARIABLE } from '../../src/core/about.js';
import { jsonSnapshotOf } from '../compare/helpers.js';
import { bytesOf, errorOf, filesIn, fixture, imageFrom, regFixtures, scratchDir, withImage } from '../backup/helpers.js';

let scratch: { dir: string; cleanup: () => void };
beforeEach(() => {
  scratch = scratchDir('repair');
});
afterEach(() => scratch.cleanup());

const HEALTHY = ['Healthy', 'ThirdPartyPresent'];
const CATALOG_KEYS = ['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\Protocol_Catalog9', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\NameSpace_Catalog5'];

function snapshotOf(file: string): RegistrySnapshot {
  return regFileToSnapshot(parseRegFile(new Uint8Array(readFileSync(file))));
}

function catalogsOf(file: string): Catalogs {
  return buildCatalogs(snapshotOf(file), file, 'registry');
}

function valuesOf(s: RegistrySnapshot, keyPath: string, skip: string[] = []): string {
  const k = s.keys.find((x) => x.path.toUpperCase() === keyPath.toUpperCase());
  if (k === undefined) return '<no key>';
  // By name: a renumbered entry's values land in the key that held that number before, in its value order.
  return k.values
    .filter((v) => !skip.includes(v.name))
    .map((v) => `${v.name}:${v.type}:${Buffer.from(v.data).toString('hex')}`)
    .sort()
    .join('|');
}

function dword(s: RegistrySnapshot, keyPath: string, name: string): number | null {
  const k = s.keys.find((x) => x.path.toUpperCase() === keyPath.toUpperCase());
  const v = k?.values.find((x) => x.name === name);
  return v === undefined ? null : Buffer.from(v.data).readUInt32LE(0);
}

function offline(name: string, mode: string, extra: { removeThirdParty?: boolean; planOnly?: boolean } = {}): { result: RepairResult; out: string } {
  const out = path.join(scratch.dir, `${mode}-${extra.removeThirdParty === true ? 'rtp-' : ''}${name}`);
  const result = repairWinsock2(mode, extra.removeThirdParty, false, false, fixture(name), out, undefined, undefined, extra.planOnly);
  return { result, out };
}

function identities(c: Catalogs, catalog: CatalogName, keys: string[]): string[] {
  return c.protocolEntries
    .filter((e) => e.catalog === catalog && keys.includes(e.key ?? ''))
    .map((e) => `${e.providerId}|${e.addressFamily}/${e.socketType}/${e.protocol}|${e.entryType}|${e.catalogEntryId}|${e.chainEntries.join(',')}`);
}

/**
 * For one Targeted repair: every entry of the input is either named as removed in a RemoveEntries
 * step of its catalog, counted there as a key without a readable entry, or in the output with the
 * same values (PackedCatalogItem bytes and all), in its order, under keys 000000000001..N. Returns
 * the number of entries removed.
 */
function assertKeptEntries(input: string, output: string, result: RepairResult): number {
  const inSnap = snapshotOf(input);
  const outSnap = snapshotOf(output);
  const inCat = buildCatalogs(inSnap, input, 'registry');
  const outCat = buildCatalogs(outSnap, output, 'registry');
  let removedTotal = 0;
  for (const h of inCat.headers) {
    if (h.entriesKeyPath === undefined) continue;
    const oh = outCat.headers.find((x) => x.catalog === h.catalog);
    expect(oh?.entriesKeyPath, h.catalog).toBe(h.entriesKeyPath);
    const step = result.steps.find((s) => s.action === 'RemoveEntries' && s.target === h.entriesKeyPath);
    const removed = step === undefined ? [] : [...step.description.matchAll(/(?:remove |; )(\d{12}) \(/g)].map((m) => m[1]);
    const keyless = step === undefined ? 0 : Number(/(\d+) entry key\(s\) without a readable entry/.exec(step.description)?.[1] ?? '0');
    const decodedKeys = [...inCat.protocolEntries, ...inCat.nameSpaceEntries].filter((e) => e.catalog === h.catalog).map((e) => e.key);
    expect(h.entryKeys.filter((k) => !decodedKeys.includes(k)).length, `${h.catalog} keys without an entry`).toBe(keyless);
    const kept = h.entryKeys.filter((k) => !removed.includes(k) && decodedKeys.includes(k));
    expect(oh?.entryKeys, `${h.catalog} contiguous`).toEqual(kept.map((_, i) => `${i + 1}`.padStart(12, '0')));
    const enabled = result.steps.filter((s) => s.action === 'EnableProvider').map((s) => s.target.toUpperCase());
    for (let i = 0; i < kept.length; i++) {
      const from = `${h.entriesKeyPath}\\${kept[i]}`;
      const to = `${h.entriesKeyPath}\\${oh?.entryKeys[i]}`;
      // An EnableProvider step sets Enabled on the key as renumbered; every other value stays.
      const skip = enabled.includes(to.toUpperCase()) ? ['Enabled'] : [];
      expect(valuesOf(outSnap, to, skip), `${h.catalog} ${kept[i]} -> ${oh?.entryKeys[i]}`).toBe(valuesOf(inSnap, from, skip));
    }
    if (h.catalog === 'Protocol64' || h.catalog === 'Protocol32') {
      // The same providers, protocols, catalog IDs and chains, decoded.
      expect(identities(outCat, h.catalog, oh?.entryKeys ?? []), h.catalog).toEqual(identities(inCat, h.catalog, kept));
    }
    removedTotal += removed.length + keyless;
  }
  return removedTotal;
}

describe('offline repair of every fixture (Node)', () => {
  it.each(regFixtures())('%s: Targeted and Reset leave a catalog that tests healthy; Targeted keeps every healthy entry', (name) => {
    const input = fixture(name);
    const inputBytes = bytesOf(input);
    const before = testCatalog(input).report.verdict;
    const reset = offline(name, 'Reset');
    const targeted = offline(name, 'Targeted');
    // The input is only read.
    expect(bytesOf(input).equals(inputBytes)).toBe(true);
    for (const r of [reset, targeted]) {
      expect(r.result.verdictBefore).toBe(before);
      expect(r.result.destination).toBe(r.out);
      expect(r.result.backupPath).toBe('');
      expect(r.result.rebootRequired).toBe(false);
      expect(r.result.rolledBack).toBe(false);
      expect(existsSync(r.out)).toBe(true);
      expect(r.result.steps.map((s) => s.order)).toEqual(r.result.steps.map((_, i) => i + 1));
    }

    const resetAfter = testCatalog(reset.out, true);
    expect(resetAfter.report.verdict).toBe('Healthy');
    expect(reset.result.verdictAfter).toBe('Healthy');
    expect(['Repaired', 'NothingToDo']).toContain(reset.result.status);

    const after = testCatalog(targeted.out, true);
    expect(targeted.result.verdictAfter).toBe(after.report.verdict);
    expect(targeted.result.remaining).toEqual([...new Set(after.findings.filter((f) => f.severity !== 'Info').map((f) => f.id))].sort());
    if (targeted.result.status === 'Incomplete') {
      expect(targeted.result.message).toMatch(/-Mode Reset/);
      expect(targeted.result.remaining.length).toBeGreaterThan(0);
      for (const id of targeted.result.remaining) expect(targeted.result.message).toContain(id);
    } else {
      expect(['Repaired', 'NothingToDo']).toContain(targeted.result.status);
      expect(HEALTHY).toContain(after.report.verdict);
      expect(targeted.result.message).not.toMatch(/Reset/);
    }
    // Counters and keys right afterwards.
    const ids = after.findings.map((f) => f.id);
    expect(ids).not.toContain('W2D2002');
    expect(ids).not.toContain('W2D2003');
    assertKeptEntries(input, targeted.out, targeted.result);

    // Serial_Access_Num: once more for each catalog key whose entries or counters changed, else as it was.
    const inSnap = snapshotOf(input);
    const outSnap = snapshotOf(targeted.out);
    for (const catalogKey of CATALOG_KEYS) {
      const changed = inSnap.keys
        .filter((k) => k.path.toUpperCase().startsWith(catalogKey.toUpperCase()))
        .some((k) => valuesOf(inSnap, k.path, ['Serial_Access_Num']) !== valuesOf(outSnap, k.path, ['Serial_Access_Num']))
        || outSnap.keys.filter((k) => k.path.toUpperCase().startsWith(catalogKey.toUpperCase())).length !== inSnap.keys.filter((k) => k.path.toUpperCase().startsWith(catalogKey.toUpperCase())).length;
      const serial = dword(inSnap, catalogKey, 'Serial_Access_Num');
      expect(dword(outSnap, catalogKey, 'Serial_Access_Num'), `${catalogKey} changed=${changed}`).toBe(changed ? (serial ?? 0) + 1 : serial);
      expect(targeted.result.steps.filter((s) => s.action === 'UpdateCounters' && s.target === catalogKey).length).toBe(changed ? 1 : 0);
    }
  });

  it('the damaged fixtures are repaired: orphaned LSP chains, removed entries and the disabled DNS provider by Targeted; damaged values only by Reset', () => {
    const summary = (name: string) => {
      const r = offline(name, 'Targeted');
      return `${r.result.status} ${r.result.verdictBefore}->${r.result.verdictAfter} ${r.result.steps.map((s) => `${s.action}[${s.findingIds.join(',')}]`).join(' ')} removed ${assertKeptEntries(fixture(name), r.out, r.result)}`;
    };
    expect(summary('win10-x64-lsp-orphaned.reg')).toBe('Repaired Corrupted->Healthy RemoveEntries[W2D2010] RemoveEntries[W2D2010] UpdateCounters[W2D2002] removed 8');
    expect(summary('win10-x64-entries-removed.reg')).toBe('Repaired Corrupted->Healthy RenumberEntries[W2D2003] UpdateCounters[W2D2002] removed 0');
    expect(summary('win10-x64-dns-nsp-disabled.reg')).toBe('Repaired Corrupted->Healthy EnableProvider[W2D2017] UpdateCounters[] removed 0');
    const damaged = offline('win10-x64-values-damaged.reg', 'Targeted').result;
    expect(damaged.status).toBe('Incomplete');
    expect(damaged.verdictAfter).toBe('Corrupted');
    expect(damaged.message).toBe('Targeted cannot fix W2D2015: run Repair-Winsock2 -Mode Reset (netsh winsock reset), which rewrites the whole catalog');
    const reset = offline('win10-x64-values-damaged.reg', 'Reset').result;
    expect([reset.status, reset.verdictAfter]).toEqual(['Repaired', 'Healthy']);
  });

  it('every removed entry had a finding against it before the repair (nothing healthy is removed)', () => {
    for (const name of regFixtures()) {
      const { result } = offline(name, 'Targeted');
      const findings = testCatalog(fixture(name), true).findings.filter((f) => f.severity !== 'Info');
      for (const s of result.steps.filter((x) => x.action === 'RemoveEntries')) {
        const catalog = /^(\w+):/.exec(s.description)?.[1];
        for (const m of s.description.matchAll(/(?:remove |; )(\d{12}) \(/g)) {
          expect(findings.some((f) => f.catalog === catalog && f.entryKey === m[1]), `${name} ${catalog} ${m[1]}`).toBe(true);
        }
      }
    }
  });

  it('-RemoveThirdParty removes the LSP of win10-x64-lsp (layered entries and chains) and leaves Healthy; without it the LSP stays', () => {
    const input = fixture('win10-x64-lsp.reg');
    const { result, out } = offline('win10-x64-lsp.reg', 'Targeted', { removeThirdParty: true });
    expect([result.status, result.verdictBefore, result.verdictAfter]).toEqual(['Repaired', 'ThirdPartyPresent', 'Healthy']);
    expect(testCatalog(out).report.verdict).toBe('Healthy');
    const before = catalogsOf(input);
    const afterCat = catalogsOf(out);
    const lsp = before.protocolEntries.filter((e) => e.entryType !== 'Base');
    expect(lsp.length).toBeGreaterThan(0);
    expect(afterCat.protocolEntries.filter((e) => e.entryType !== 'Base')).toEqual([]);
    expect(assertKeptEntries(input, out, result)).toBe(lsp.length);
    // Every base provider stays, in its order, with its catalog ID.
    for (const c of ['Protocol64', 'Protocol32'] as CatalogName[]) {
      const base = (x: Catalogs) => x.protocolEntries.filter((e) => e.catalog === c && e.entryType === 'Base').map((e) => `${e.providerId}/${e.protocol}/${e.catalogEntryId}/${e.rawItemHex ?? ''}`);
      expect(base(afterCat)).toEqual(base(before));
    }
    expect(result.steps.every((s) => s.action !== 'RemoveEntries' || s.description.includes('-RemoveThirdParty'))).toBe(true);

    const kept = offline('win10-x64-lsp.reg', 'Targeted');
    expect(kept.result.status).toBe('NothingToDo');
    expect(catalogsOf(kept.out).protocolEntries.filter((e) => e.entryType !== 'Base').length).toBe(lsp.length);
  });

  it('nothing to do on a healthy catalog: no steps, and -Destination is the input as it was (byte for byte)', () => {
    let healthy = 0;
    for (const name of regFixtures()) {
      const { result, out } = offline(name, 'Targeted');
      if (result.status !== 'NothingToDo') continue;
      healthy++;
      expect(result.steps).toEqual([]);
      expect(result.message).toBe(`nothing for Targeted to change (verdict ${result.verdictBefore})`);
      expect(HEALTHY).toContain(result.verdictBefore);
      expect(result.verdictAfter).toBe(result.verdictBefore);
      expect(bytesOf(out).equals(bytesOf(fixture(name))), name).toBe(true);
    }
    // server2022, win10-x64, win10-x64-lsp (ThirdPartyPresent), win11-x64, win7-x64, both XP.
    expect(healthy).toBe(7);
  });

  it('a JSON registry snapshot as input gives the same repair and the same .reg as the export it was made from', () => {
    for (const name of ['win10-x64-lsp-orphaned.reg', 'win10-x64-values-damaged.reg']) {
      const json = path.join(scratch.dir, name.replace(/\.reg$/, '.json'));
      writeFileSync(json, jsonSnapshotOf(name));
      for (const mode of ['Targeted', 'Reset']) {
        const fromJson = repairWinsock2(mode, false, false, false, json, path.join(scratch.dir, `json-${mode}-${name}`));
        const fromReg = offline(name, mode);
        expect({ ...fromJson, source: '', destination: '' }).toEqual({ ...fromReg.result, source: '', destination: '' });
        expect(bytesOf(path.join(scratch.dir, `json-${mode}-${name}`)).equals(bytesOf(fromReg.out)), `${name} ${mode}`).toBe(true);
      }
    }
  });

  it('planOnly (--plan) gives the same steps and verdicts and writes nothing', () => {
    for (const name of regFixtures()) {
      for (const mode of ['Targeted', 'Reset']) {
        const plan = offline(name, mode, { planOnly: true });
        expect(existsSync(plan.out), `${name} ${mode}`).toBe(false);
        const done = offline(name, mode);
        const expectedStatus = done.result.steps.length === 0 ? done.result.status : 'Planned';
        expect(plan.result).toEqual({ ...done.result, status: expectedStatus });
      }
    }
    expect(filesIn(scratch.dir).length).toBe(regFixtures().length * 2);
  });
});

describe('damage found by the generated variants (repaired, or Incomplete saying what is left)', () => {
  const W10 = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\Protocol_Catalog9';
  function variant(name: string, edit: (s: RegistrySnapshot) => void): string {
    const s = snapshotOf(fixture(name));
    edit(s);
    return imageFrom(scratch.dir, writeRegFile(s), `variant-${Math.random().toString(36).slice(2)}.reg`);
  }
  function patchItem(s: RegistrySnapshot, keyPath: string, offset: number, value: number): void {
    const v = s.keys.find((k) => k.path === keyPath)?.values.find((x) => x.name === 'PackedCatalogItem');
    if (v === undefined) throw new Error(`no item in ${keyPath}`);
    const data = Buffer.from(v.data);
    data.writeUInt32LE(value, offset);
    v.data = new Uint8Array(data);
  }
  const run = (input: string, mode = 'Targeted') => {
    const out = path.join(scratch.dir, `out-${mode}-${path.basename(input)}`);
    return { r: repairWinsock2(mode, false, false, false, input, out), out };
  };

  it('a catalog entry ID of 0xFFFFFFFF: no Next_Catalog_Entry_ID overflow (was W2D9007); Incomplete naming Reset, which repairs it', () => {
    const input = variant('win10-x64.reg', (s) => patchItem(s, `${W10}\\Catalog_Entries64\\000000000007`, 0x128, 0xffffffff));
    const { r } = run(input);
    expect(r.status).toBe('Incomplete');
    expect(r.remaining).toContain('W2D2008');
    expect(r.message).toMatch(/^Targeted cannot fix .*W2D2008.*-Mode Reset/);
    expect(run(input, 'Reset').r.verdictAfter).toBe('Healthy');
  });

  it('a PackedCatalogItem longer than 888 bytes is damaged (W2D2005) and removed like a short one', () => {
    const input = variant('win7-x64.reg', (s) => {
      const v = s.keys.find((k) => k.path === `${W10}\\Catalog_Entries\\000000000005`)?.values.find((x) => x.name === 'PackedCatalogItem');
      if (v === undefined) throw new Error('no item');
      v.data = new Uint8Array(Buffer.concat([Buffer.from(v.data), Buffer.alloc(112)]));
    });
    expect(testCatalog(input, true).findings.map((f) => f.id)).toContain('W2D2005');
    const { r, out } = run(input);
    expect(r.steps[0].description).toMatch(/^Protocol32: remove 000000000005 \(ID \d+, .*\): its PackedCatalogItem is missing, not 888 bytes long or unreadable/);
    expect(testCatalog(out, true).findings.map((f) => f.id)).not.toContain('W2D2005');
    expect(assertKeptEntries(input, out, r)).toBe(1);
  });

  it('a stale writer-lock subkey (W2D2029, Degraded): Targeted does not touch it and says Incomplete (was NothingToDo); Reset clears it', () => {
    const input = variant('win11-x64.reg', (s) => {
      s.keys.push({ path: `${W10}\\00000023`, values: [] });
    });
    expect(testCatalog(input).report.verdict).toBe('Degraded');
    const { r, out } = run(input);
    expect([r.status, r.verdictAfter, r.remaining, r.steps]).toEqual(['Incomplete', 'Degraded', ['W2D2029'], []]);
    expect(r.message).toBe('Targeted cannot fix W2D2029: run Repair-Winsock2 -Mode Reset (netsh winsock reset), which rewrites the whole catalog');
    expect(bytesOf(out).equals(bytesOf(input))).toBe(true);
    const reset = run(input, 'Reset').r;
    expect([reset.status, reset.verdictAfter]).toEqual(['Repaired', 'Healthy']);
  });

  it('damage outside the Winsock keys (no Tcpip HelperDllName, W2D2030): neither mode claims to fix it, both say what does', () => {
    const input = variant('win10-x64-lsp-orphaned.reg', (s) => {
      s.keys.push({ path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters', values: [] });
    });
    const { r } = run(input);
    expect([r.status, r.remaining]).toEqual(['Incomplete', ['W2D2030']]);
    expect(r.steps.map((x) => x.action)).toEqual(['RemoveEntries', 'RemoveEntries', 'UpdateCounters']);
    expect(r.message).toMatch(/^W2D2030 is outside the Winsock keys, which no mode changes: Restore HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip/);
    expect(r.message).not.toContain('-Mode Reset');
    const reset = run(input, 'Reset').r;
    expect([reset.status, reset.remaining]).toEqual(['Incomplete', ['W2D2030']]);
    expect(reset.message).toMatch(/^Reset leaves W2D2030: Restore HKLM/);
  });
});

describe('refusals, each with its ID', () => {
  const image = () => imageFrom(scratch.dir, 'win10-x64-lsp-orphaned.reg');
  const out = () => path.join(scratch.dir, 'out.reg');

  it.each([
    ['W2D3001', 'bad mode', () => repairWinsock2('Fix', false, false, false, fixture('win10-x64.reg'), out())],
    ['W2D3002', 'no destination', () => repairWinsock2('Targeted', false, false, false, fixture('win10-x64.reg'))],
    ['W2D3003', 'destination is the input', () => repairWinsock2('Targeted', false, false, false, fixture('win10-x64.reg'), fixture('win10-x64.reg'))],
    ['W2D3004', 'destination without path', () => withImage(image(), () => repairWinsock2('Targeted', false, false, false, undefined, out()))],
    ['W2D3008', 'rebuild offline', () => repairWinsock2('Rebuild', false, false, false, fixture('xp-sp2-tcpip.reg'), out())],
    ['W2D3010', 'resume without rebuild', () => withImage(image(), () => repairWinsock2('Targeted', false, false, true))],
    ['W2D3014', 'netsh text input', () => repairWinsock2('Targeted', false, false, false, fixture('netsh/en-win10-astrill-lsp.txt'), out())],
    ['W2D3007', 'rebuild on a Win10 image', () => withImage(image(), () => repairWinsock2('Rebuild', false, false, false, undefined, undefined, undefined, path.join(scratch.dir, 'b')))],
  ])('%s: %s', (id, _what, f) => {
    const message = errorOf(f);
    expect(message).toMatch(new RegExp(`^${id}: `));
    expect(existsSync(out())).toBe(false);
    expect(existsSync(path.join(scratch.dir, 'b'))).toBe(false);
    if (existsSync(path.join(scratch.dir, 'hklm.reg'))) expect(bytesOf(path.join(scratch.dir, 'hklm.reg')).equals(bytesOf(fixture('win10-x64-lsp-orphaned.reg')))).toBe(true);
  });

  it('W2D1403: no registry to repair on Linux without WINSOCK2DOCTOR_REGISTRY', () => {
    const saved = process.env[REGISTRY_IMAGE_VARIABLE];
    delete process.env[REGISTRY_IMAGE_VARIABLE];
    try {
      expect(errorOf(() => repairWinsock2())).toMatch(/^W2D1403: .*WINSOCK2DOCTOR_REGISTRY/);
    } finally {
      if (saved !== undefined) process.env[REGISTRY_IMAGE_VARIABLE] = saved;
    }
  });

  it('the mode is matched without regard to case', () => {
    const r = repairWinsock2('targeted', false, false, false, fixture('win10-x64.reg'), out(), undefined, undefined, true);
    expect(r.mode).toBe('Targeted');
  });
});

describe('repair of the registry image (WINSOCK2DOCTOR_REGISTRY)', () => {
  it.each(regFixtures())("%s: Targeted and Reset on the image leave it equal to the offline repair's output, after a verified backup of the original", (name) => {
    for (const mode of ['Targeted', 'Reset']) {
      const img = imageFrom(scratch.dir, name, `hklm-${mode}.reg`);
      const folder = path.join(scratch.dir, `backups-${mode}`);
      const r = withImage(img, () => repairWinsock2(mode, false, false, false, undefined, undefined, undefined, folder));
      const o = offline(name, mode);
      expect(r.source).toBe(`registry image ${img}`);
      expect(r.destination).toBe('');
      expect(r.steps).toEqual(o.result.steps);
      expect([r.status, r.verdictAfter, r.remaining, r.message]).toEqual([o.result.status, o.result.verdictAfter, o.result.remaining, o.result.message]);
      expect(bytesOf(img).equals(bytesOf(o.out)), `${name} ${mode}`).toBe(true);
      expect(r.rolledBack).toBe(false);
      if (r.status === 'NothingToDo') {
        expect([r.backupPath, r.rebootRequired]).toEqual(['', false]);
        expect(filesIn(folder)).toEqual([]);
        continue;
      }
      expect(r.rebootRequired).toBe(true);
      expect(path.dirname(r.backupPath)).toBe(folder);
      expect(bytesOf(r.backupPath).equals(bytesOf(fixture(name)))).toBe(true);
      expect(filesIn(folder)).toEqual([path.basename(r.backupPath), path.basename(r.backupPath).replace(/\.reg$/, '.json')].sort());
    }
  });

  it('planOnly and nothing-to-do leave the image alone and write no backup', () => {
    const img = imageFrom(scratch.dir, 'win10-x64-lsp-orphaned.reg');
    const folder = path.join(scratch.dir, 'b');
    const plan = withImage(img, () => repairWinsock2('Targeted', false, false, false, undefined, undefined, undefined, folder, true));
    expect(plan.status).toBe('Planned');
    expect(plan.steps.length).toBe(3);
    const healthy = imageFrom(scratch.dir, 'win10-x64.reg', 'healthy.reg');
    const none = withImage(healthy, () => repairWinsock2('Targeted', false, false, false, undefined, undefined, undefined, folder));
    expect(none.status).toBe('NothingToDo');
    expect(bytesOf(img).equals(bytesOf(fixture('win10-x64-lsp-orphaned.reg')))).toBe(true);
    expect(bytesOf(healthy).equals(bytesOf(fixture('win10-x64.reg')))).toBe(true);
    expect(filesIn(folder)).toEqual([]);
  });

  it('Reset on an image writes the default catalog of its OS profile (Healthy), after a backup', () => {
    const img = imageFrom(scratch.dir, 'win10-x64-values-damaged.reg');
    const folder = path.join(scratch.dir, 'b');
    const r = withImage(img, () => repairWinsock2('Reset', false, false, false, undefined, undefined, undefined, folder));
    expect([r.status, r.verdictBefore, r.verdictAfter, r.rebootRequired]).toEqual(['Repaired', 'Corrupted', 'Healthy', true]);
    expect(r.steps.map((s) => s.action)).toEqual(['WriteDefaultCatalog']);
    expect(testCatalog(img).report.verdict).toBe('Healthy');
    // The default catalog of Windows 8-11, entry for entry.
    const entries = (f: string) => catalogsOf(f).protocolEntries.map((e) => `${e.catalog}/${e.key}/${e.rawItemHex ?? ''}`);
    expect(entries(img)).toEqual(entries(fixture('win11-x64.reg')));
    expect(bytesOf(r.backupPath).equals(bytesOf(fixture('win10-x64-values-damaged.reg')))).toBe(true);
  });

  it("Rebuild on an XP image (KB811259): the first run deletes both keys and asks for a restart, -Resume writes XP's default catalog, a second -Resume is refused", () => {
    // An XP catalog with its third entry gone (keys no longer contiguous, counters wrong).
    const xp = snapshotOf(fixture('xp-sp2-tcpip.reg'));
    const damaged = { keys: xp.keys.filter((k) => !k.path.endsWith('\\Protocol_Catalog9\\Catalog_Entries\\000000000003')) };
    expect(damaged.keys.length).toBe(xp.keys.length - 1);
    const img = imageFrom(scratch.dir, writeRegFile(damaged));
    const folder = path.join(scratch.dir, 'b');
    expect(testCatalog(img).report.verdict).toBe('Corrupted');

    const first = withImage(img, () => repairWinsock2('Rebuild', false, false, false, undefined, undefined, undefined, folder));
    expect([first.status, first.mode, first.osProfile, first.rebootRequired, first.rolledBack]).toEqual(['RestartRequired', 'Rebuild', 'XP', true, false]);
    expect(first.steps.map((s) => s.action)).toEqual(['DeleteWinsockKeys']);
    expect(first.message).toMatch(/restart, then run Repair-Winsock2 -Mode Rebuild -Resume/);
    expect(snapshotOf(img).keys.filter((k) => /\\Services\\Winsock/i.test(k.path))).toEqual([]);
    expect(bytesOf(first.backupPath).equals(Buffer.from(writeRegFile(damaged)))).toBe(true);
    const state = JSON.parse(readFileSync(path.join(folder, REBUILD_STATE_FILE), 'utf8')) as Record<string, string>;
    expect([state.state, state.osProfile, state.backupPath]).toEqual(['pending', 'XP', first.backupPath]);

    const second = withImage(img, () => repairWinsock2('Rebuild', false, false, true, undefined, undefined, undefined, folder));
    expect([second.status, second.verdictAfter, second.rebootRequired]).toEqual(['Repaired', 'Healthy', true]);
    expect(second.steps.map((s) => s.action)).toEqual(['ReinstallTcpip']);
    expect(testCatalog(img).report.verdict).toBe('Healthy');
    expect(bytesOf(img).equals(bytesOf(fixture('xp-sp2-tcpip.reg')))).toBe(true);
    expect((JSON.parse(readFileSync(path.join(folder, REBUILD_STATE_FILE), 'utf8')) as Record<string, string>).state).toBe('done');

    const third = errorOf(() => withImage(img, () => repairWinsock2('Rebuild', false, false, true, undefined, undefined, undefined, folder)));
    expect(third).toMatch(/^W2D3009: no Rebuild is pending/);
    expect(bytesOf(img).equals(bytesOf(fixture('xp-sp2-tcpip.reg')))).toBe(true);
  });

  it("a catalog whose OS profile cannot be detected (no readable protocol entry): Targeted says it cannot and names Reset; Reset needs -OsProfile (W2D3006), then repairs", () => {
    const win10 = snapshotOf(fixture('win10-x64.reg'));
    const broken = { keys: win10.keys.map((k) => ({ path: k.path, values: k.values.filter((v) => v.name !== 'PackedCatalogItem') })) };
    const input = imageFrom(scratch.dir, writeRegFile(broken), 'no-items.reg');
    const before = testCatalog(input);
    expect([before.report.verdict, before.report.osProfile]).toEqual(['Corrupted', 'unknown']);
    const out = path.join(scratch.dir, 'out.reg');
    const targeted = repairWinsock2('Targeted', false, false, false, input, out);
    expect([targeted.status, targeted.osProfile, targeted.verdictAfter]).toEqual(['Incomplete', 'unknown', 'Corrupted']);
    expect(targeted.message).toMatch(/^Targeted cannot fix .*-Mode Reset/);
    expect(errorOf(() => repairWinsock2('Reset', false, false, false, input, out))).toMatch(/^W2D3006: /);
    const reset = repairWinsock2('Reset', false, false, false, input, out, 'Win8to11');
    expect([reset.status, reset.osProfile, reset.verdictAfter]).toEqual(['Repaired', 'Win8to11', 'Healthy']);
    expect(testCatalog(out).report.verdict).toBe('Healthy');
  });

  it('-Resume with no state file at all: W2D3009', () => {
    const img = imageFrom(scratch.dir, 'xp-sp2-tcpip.reg');
    expect(errorOf(() => withImage(img, () => repairWinsock2('Rebuild', false, false, true, undefined, undefined, undefined, path.join(scratch.dir, 'none'))))).toMatch(/^W2D3009: /);
  });
});

// Keeps the written-file helper honest: a .reg written here reads back as the snapshot it came from.
it('writeRegFile/snapshotOf round trip used by these tests', () => {
  const f = path.join(scratch.dir, 'x.reg');
  writeFileSync(f, writeRegFile(snapshotOf(fixture('win10-x64-lsp.reg'))));
  expect(bytesOf(f).equals(bytesOf(fixture('win10-x64-lsp.reg')))).toBe(true);
});
