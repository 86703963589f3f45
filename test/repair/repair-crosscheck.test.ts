/**
 * Repair-Winsock2 in both engines (issue 6 item 9): repairWinsock2 run by Node and by the compiled
 * module (ts_repairWinsock2 in one persistent pwsh session, Invoke-ModuleCoreJson) gives the same
 * RepairResult JSON (output folders normalised) and the same repaired .reg bytes for every fixture in
 * both modes, offline; the plans (planOnly) of the damaged fixtures are the same too, and so are
 * refusals. One pwsh call per input runs all of its repairs (a repair in the module takes 1-3 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { repairWinsock2 } from '../../src/core/repair/repair-winsock2.js';
import { parseRegFile, regFileToSnapshot } from '../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../src/core/formats/reg/writer.js';
import { fixture, regFixtures } from '../backup/helpers.js';

interface Call {
  label: string;
  mode: string;
  input: string;
  removeThirdParty: boolean;
  osProfile: string | null;
  planOnly: boolean;
  /** The destination's file name (in the engine's own folder), or null for none. */
  out: string | null;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-repair-x-'));
const nodeDir = path.join(dir, 'node');
const psDir = path.join(dir, 'ps');

function destination(engineDir: string, c: Call): string | undefined {
  return c.out === null ? undefined : path.join(engineDir, c.out);
}

function nodeJson(c: Call): string {
  try {
    const value = repairWinsock2(c.mode, c.removeThirdParty, false, false, c.input, destination(nodeDir, c), c.osProfile ?? undefined, undefined, c.planOnly);
    return JSON.stringify({ value });
  } catch (e) {
    return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
  }
}

function psCall(c: Call): string {
  const out = destination(psDir, c);
  const args = [ps.str(c.mode), ps.bool(c.removeThirdParty), ps.bool(false), ps.bool(false), ps.str(c.input), out === undefined ? ps.null() : ps.str(out), c.osProfile === null ? ps.null() : ps.str(c.osProfile), ps.null(), ps.bool(c.planOnly)];
  return moduleCoreCall('ts_repairWinsock2', args);
}

function normalised(text: string, engineDir: string): string {
  try {
    return JSON.stringify(JSON.parse(text)).replaceAll(JSON.stringify(engineDir).slice(1, -1), '<out>');
  } catch {
    return text;
  }
}

/** Plans are checked where there is something to plan (a plan is most of a repair's time in the module). */
const PLANNED = ['win10-x64-lsp-orphaned.reg', 'win10-x64-entries-removed.reg', 'win10-x64-values-damaged.reg', 'win10-x64-dns-nsp-disabled.reg'];

function callsFor(input: string, name: string): Call[] {
  const calls: Call[] = [];
  for (const mode of ['Targeted', 'Reset']) {
    calls.push({ label: `${name} ${mode}`, mode, input, removeThirdParty: false, osProfile: null, planOnly: false, out: `${mode}-${name}` });
    if (PLANNED.includes(name) && (mode === 'Targeted' || name === 'win10-x64-values-damaged.reg')) {
      calls.push({ label: `${name} ${mode} plan`, mode, input, removeThirdParty: false, osProfile: null, planOnly: true, out: `${mode}-plan-${name}` });
    }
  }
  return calls;
}

describe('repair cross-check: Node and the PowerShell module give the same result and the same file', () => {
  let shell: PwshSession;
  const noItems = path.join(dir, 'win10-x64-no-items.reg');

  beforeAll(async () => {
    mkdirSync(nodeDir);
    mkdirSync(psDir);
    // A catalog whose profile cannot be detected: every PackedCatalogItem gone.
    const s = regFileToSnapshot(parseRegFile(new Uint8Array(readFileSync(fixture('win10-x64.reg')))));
    writeFileSync(noItems, writeRegFile({ keys: s.keys.map((k) => ({ path: k.path, values: k.values.filter((v) => v.name !== 'PackedCatalogItem') })) }));
    shell = await PwshSession.start();
    await shell.importModuleCore();
  }, 300_000);

  afterAll(async () => {
    await shell?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every fixture, both modes; plans of the damaged ones; -RemoveThirdParty; an undetectable profile; refusals', async () => {
    const groups: Call[][] = regFixtures().map((name) => callsFor(fixture(name), name));
    const base = { removeThirdParty: false, osProfile: null, planOnly: false };
    groups.push([
      { ...base, label: 'lsp -RemoveThirdParty', mode: 'Targeted', input: fixture('win10-x64-lsp.reg'), removeThirdParty: true, out: 'rtp-win10-x64-lsp.reg' },
      { ...base, label: 'no items Targeted', mode: 'Targeted', input: noItems, out: 'no-items-targeted.reg' },
      { ...base, label: 'no items Reset -OsProfile Win8to11', mode: 'Reset', input: noItems, osProfile: 'Win8to11', out: 'no-items-reset.reg' },
      { ...base, label: 'W2D3006 no items Reset', mode: 'Reset', input: noItems, out: 'w2d3006.reg' },
      { ...base, label: 'W2D3001', mode: 'Mend', input: fixture('win10-x64.reg'), out: 'w2d3001.reg' },
      { ...base, label: 'W2D3002', mode: 'Targeted', input: fixture('win10-x64.reg'), out: null },
      { ...base, label: 'W2D3008', mode: 'Rebuild', input: fixture('xp-sp2-tcpip.reg'), out: 'w2d3008.reg' },
      { ...base, label: 'W2D3014', mode: 'Targeted', input: fixture('netsh/en-win10-astrill-lsp.txt'), out: 'w2d3014.reg' },
    ]);
    const different: string[] = [];
    const started = Date.now();
    let calls = 0;
    let files = 0;
    let errors = 0;
    let repaired = 0;
    let planned = 0;
    for (const group of groups) {
      const psLines = (await shell.run(group.map(psCall).join('\n'))).split(/\r?\n/).filter((l) => l.trim() !== '');
      expect(psLines.length, group[0].label).toBe(group.length);
      group.forEach((c, i) => {
        calls++;
        const node = normalised(nodeJson(c), nodeDir);
        const psJson = normalised(psLines[i].trim(), psDir);
        if (node !== psJson) different.push(`${c.label}\n  node: ${node.slice(0, 600)}\n  ps:   ${psJson.slice(0, 600)}`);
        if (node.startsWith('{"error"')) errors++;
        if (node.includes('"status":"Repaired"')) repaired++;
        if (node.includes('"status":"Planned"')) planned++;
        const n = destination(nodeDir, c);
        const p = destination(psDir, c);
        if (n === undefined || p === undefined) return;
        expect(existsSync(p), `${c.label}: ps wrote ${p}`).toBe(existsSync(n));
        if (!existsSync(n)) return;
        files++;
        if (!readFileSync(n).equals(readFileSync(p))) different.push(`${c.label}: the repaired files differ`);
      });
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`repair cross-check: ${calls} calls, ${files} repaired files compared, ${planned} plans, ${errors} refusals, ${seconds.toFixed(1)} s`);
    expect(different).toEqual([]);
    // Real repairs, plans that wrote nothing and refusals were all compared.
    expect(repaired).toBeGreaterThanOrEqual(10);
    expect(planned).toBe(5);
    expect(errors).toBe(5);
    expect(files).toBe(regFixtures().length * 2 + 3);
  }, 600_000);
});
