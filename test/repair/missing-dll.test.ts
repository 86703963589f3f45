/**
 * Targeted removes entries whose provider DLL is missing only where that was looked for: the live
 * registry of this computer (checkFiles). Here the computer is simulated by SystemRoot pointing at a
 * folder holding every DLL of win10-x64-lsp.reg except the LSP's; a file or an image never has its
 * DLLs checked, so the same catalog stays as it is.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { winsockKeysOf } from '../../src/core/registry/export-winsock-keys.js';
import { diagnoseSnapshot } from '../../src/core/report/diagnose-snapshot.js';
import { planTargeted } from '../../src/core/repair/plan-targeted.js';
import { readCatalogs } from '../../src/core/sources/read-catalogs.js';
import { nodePrimitives } from '../../src/host/node/index.js';
import { repoRoot } from '../../tools/toolchain.js';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'win10-x64-lsp.reg');
const root = mkdtempSync(path.join(tmpdir(), 'w2d-sysroot-'));
const saved = process.env.SystemRoot;
let lspDlls: string[] = [];

beforeAll(() => {
  process.env.SystemRoot = root;
  const c = readCatalogs(fixture);
  lspDlls = [...new Set(c.protocolEntries.filter((e) => e.entryType === 'Layered').map((e) => e.libraryPath.toLowerCase()))];
  for (const e of [...c.protocolEntries.map((p) => ({ lib: p.libraryPath, bits: p.catalog === 'Protocol32' ? 32 : 64 })), ...c.nameSpaceEntries.map((n) => ({ lib: n.libraryPath, bits: n.catalog === 'NameSpace32' ? 32 : 64 }))]) {
    if (lspDlls.includes(e.lib.toLowerCase())) continue;
    const file = nodePrimitives.expandCatalogPath(e.lib, e.bits).replaceAll('\\', '/');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'MZ');
  }
});

afterAll(() => {
  if (saved === undefined) delete process.env.SystemRoot;
  else process.env.SystemRoot = saved;
  rmSync(root, { recursive: true, force: true });
});

describe('Targeted and missing provider DLLs', () => {
  it('removes the LSP whose DLL is missing when DLLs were checked (live registry), and the catalog tests Healthy', () => {
    expect(lspDlls.length).toBeGreaterThan(0);
    const snapshot = winsockKeysOf(regFileToSnapshot(parseRegFile(readFileSync(fixture))));
    const before = diagnoseSnapshot(snapshot, 'live', 'pc', undefined, true);
    expect(before.findings.some((f) => f.id === 'W2D2026')).toBe(true);
    const plan = planTargeted(snapshot, before, 'live', 'pc', before.report.osProfile, false, true);
    const removal = plan.steps.filter((s) => s.step.action === 'RemoveEntries');
    expect(removal.length).toBeGreaterThan(0);
    expect(removal.every((s) => s.step.description.includes('is missing on this computer'))).toBe(true);
    expect(removal.flatMap((s) => s.step.findingIds)).toContain('W2D2026');
    expect(plan.expected.findings.filter((f) => f.severity !== 'Info').map((f) => f.id)).toEqual([]);
    expect(plan.expected.report.verdict).toBe('Healthy');
  });

  it('keeps it when DLLs were not checked (a file or a registry image)', () => {
    const snapshot = winsockKeysOf(regFileToSnapshot(parseRegFile(readFileSync(fixture))));
    const before = diagnoseSnapshot(snapshot, fixture, '', undefined, false);
    const plan = planTargeted(snapshot, before, fixture, '', before.report.osProfile, false, false);
    expect(plan.steps).toEqual([]);
    expect(plan.expected.report.verdict).toBe('ThirdPartyPresent');
  });
});
