// Benchmark (not a cross-check: timings differ between engines): buildCatalogs on the Windows 11
// fixture, the .reg file read once, then built `runs` times; milliseconds per build from host.nowUtcIso().
import { host } from '../../../src/host/host.js';
import { parseRegFile, regFileToSnapshot } from '../../../src/core/formats/reg/reader.js';
import { buildCatalogs } from '../../../src/core/catalog/build-catalogs.js';

function msOfDay(iso: string): number {
  // 2026-11-25T12:00:00.000Z -> milliseconds since midnight
  const t = iso.slice(11, 23);
  return ((Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) * 60 + Number(t.slice(6, 8))) * 1000 + Number(t.slice(9, 12));
}

export function main(): { readMs: number; buildMs: number; runs: number; entries: number } {
  const runs = 10;
  const t0 = msOfDay(host.nowUtcIso());
  const bytes = host.readFileBytes(`${host.getEnv('W2D_REPO_ROOT')}/test/fixtures/win11-x64.reg`);
  const snapshot = regFileToSnapshot(parseRegFile(bytes));
  const t1 = msOfDay(host.nowUtcIso());
  let entries = 0;
  for (let i = 0; i < runs; i++) {
    const c = buildCatalogs(snapshot, 'win11-x64.reg', 'reg-file');
    entries = c.protocolEntries.length + c.nameSpaceEntries.length;
  }
  const t2 = msOfDay(host.nowUtcIso());
  return { readMs: t1 - t0, buildMs: Math.round(((t2 - t1) / runs) * 10) / 10, runs, entries };
}
