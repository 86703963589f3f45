/**
 * Benchmark (not a test case): a ~200 KB snapshot written and read, each step timed (best of 3, and the first round: PowerShell compiles a function's loops after it has run a while) in the
 * engine that runs it. `npm run --silent run-both -- test/formats/json/snippets/bench.ts` prints the
 * Node and the pwsh figures side by side (they differ, so run-both reports "not equal").
 */
import { host } from '../../../../src/host/host.js';
import { makeSnapshot } from './gen-snapshot.js';
import { snapshotFromJson, snapshotToJson } from '../../../../src/core/formats/json/snapshot.js';
import { parseJson } from '../../../../src/core/formats/json/parse.js';
import { writeJson } from '../../../../src/core/formats/json/write.js';

/** Milliseconds between two nowUtcIso() stamps of the same day. */
function ms(a: string, b: string): number {
  const at = Number(a.slice(11, 13)) * 3600000 + Number(a.slice(14, 16)) * 60000 + Number(a.slice(17, 19)) * 1000 + Number(a.slice(20, 23));
  const bt = Number(b.slice(11, 13)) * 3600000 + Number(b.slice(14, 16)) * 60000 + Number(b.slice(17, 19)) * 1000 + Number(b.slice(20, 23));
  return bt - at;
}

export function main(): unknown {
  const snap = makeSnapshot(7, 34, 8, false);
  const meta = { source: 'bench', computerName: 'PC', timeUtc: '2026-11-25T12:00:00.000Z', toolVersion: '0.1.0' };
  const cold = host.nowUtcIso();
  const text = snapshotToJson(snap, meta);
  const coldWriteMs = ms(cold, host.nowUtcIso());
  let values = 0;
  for (const k of snap.keys) values += k.values.length;
  const best = [1e9, 1e9, 1e9, 1e9];
  let first: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = host.nowUtcIso();
    const written = snapshotToJson(snap, meta);
    const t1 = host.nowUtcIso();
    const read = snapshotFromJson(text);
    const t2 = host.nowUtcIso();
    const value = parseJson(text);
    const t3 = host.nowUtcIso();
    const again = writeJson(value, 2);
    const t4 = host.nowUtcIso();
    const took = [ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4)];
    if (round === 0) first = took;
    for (let i = 0; i < 4; i++) if (took[i] < best[i]) best[i] = took[i];
    if (written !== text || again + '\n' !== text || read.snapshot.keys.length !== snap.keys.length) return 'MISMATCH';
  }
  return { chars: text.length, keys: snap.keys.length, values, snapshotToJsonMs: best[0], snapshotFromJsonMs: best[1], parseJsonMs: best[2], writeJsonMs: best[3], firstSnapshotToJsonMs: coldWriteMs, firstRoundMs: first };
}
