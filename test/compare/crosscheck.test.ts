/**
 * The comparison in both engines: compareCatalogSources run by Node and by the compiled module (one
 * persistent pwsh session, Invoke-ModuleCoreJson) gives identical JSON for every pair, errors included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { compareCatalogSources } from '../../src/core/compare/compare-catalog-sources.js';
import { catalogsOf, fixture, jsonSnapshotOf, netshTextOf, renumberedSnapshotJson } from './helpers.js';

function nodeJson(a: string, b: string): string {
  try {
    return JSON.stringify({ value: compareCatalogSources(a, b) });
  } catch (e) {
    return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
  }
}

function canonical(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

describe('compare cross-check: Node and the PowerShell module agree', () => {
  let shell: PwshSession;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'w2d-compare-x-'));
  const netshText = path.join(dir, 'win10-x64-lsp.txt');
  const json = path.join(dir, 'win10-x64.json');
  const renumberedJson = path.join(dir, 'win10-x64-lsp-renumbered.json');

  beforeAll(async () => {
    writeFileSync(netshText, netshTextOf(catalogsOf('win10-x64-lsp.reg')));
    writeFileSync(json, jsonSnapshotOf('win10-x64.reg'));
    writeFileSync(renumberedJson, renumberedSnapshotJson('win10-x64-lsp.reg', 3000, 7));
    shell = await PwshSession.start();
    await shell.importModuleCore();
  }, 300_000);

  afterAll(async () => {
    await shell?.close();
  });

  const pairs: [string, string][] = [
    ['win10-x64.reg', 'win10-x64-lsp.reg'],
    ['win10-x64-lsp.reg', 'win10-x64.reg'],
    ['win10-x64.reg', 'win10-x64-entries-removed.reg'],
    ['win10-x64.reg', 'win10-x64-values-damaged.reg'],
    ['win10-x64.reg', 'win10-x64-dns-nsp-disabled.reg'],
    ['win10-x64.reg', 'win11-x64.reg'],
    ['win10-x64-lsp.reg', 'win10-x64-lsp-orphaned.reg'],
    ['win7-x64.reg', 'server2022.reg'],
    ['xp-sp2-tcpip.reg', 'xp-sp2-nwlink.reg'],
    ['win10-x64.reg', 'win10-x64.reg'],
    ['netsh/en-win10-astrill-lsp.txt', 'netsh/en-win10-lavasoft-lsp.crlf.txt'],
    ['netsh/zh-cn-win10-32bit.txt', 'netsh/zh-cn-win10-32bit.utf16.txt'],
    ['win10-x64.reg', 'no-such-file.reg'],
  ];

  it('gives identical JSON for every pair', async () => {
    const inputs: [string, string][] = [...pairs.map(([a, b]): [string, string] => [fixture(a), fixture(b)]), [fixture('win10-x64-lsp.reg'), netshText], [json, fixture('win10-x64-lsp.reg')], [fixture('win10-x64-lsp.reg'), renumberedJson], [renumberedJson, fixture('win10-x64-lsp-orphaned.reg')]];
    const different: string[] = [];
    let differing = 0;
    for (const [a, b] of inputs) {
      const text = moduleCoreCall('ts_compareCatalogSources', [ps.str(a), ps.str(b)]);
      const psJson = (await shell.run(text)).trim();
      const node = nodeJson(a, b);
      if (canonical(psJson) !== canonical(node)) different.push(`${path.basename(a)} vs ${path.basename(b)}\n  node: ${node.slice(0, 400)}\n  ps:   ${psJson.slice(0, 400)}`);
      if (node.includes('"identical":false')) differing++;
    }
    expect(different).toEqual([]);
    // The pairs exercise real differences, not only identical catalogs and errors.
    expect(differing).toBeGreaterThanOrEqual(10);
  }, 300_000);
});
