/** Cross-check: generated snapshots (control characters, lone surrogates, unknown types) round-trip byte for byte. */
import { host } from '../../../../src/host/host.js';
import { snapshotFromJson, snapshotToJson } from '../../../../src/core/formats/json/snapshot.js';
import { makeSnapshot } from './gen-snapshot.js';
import { snapshotDifference } from './compare.js';

export function main(): string[][] {
  const meta = { source: 'generated', computerName: 'GEN\u00c9', timeUtc: '2026-11-25T00:00:00.000Z', toolVersion: '0.1.0' };
  const out: string[][] = [];
  for (let seed = 1; seed <= 4; seed++) {
    const snap = makeSnapshot(seed * 1000, seed, seed - 1, seed % 2 === 1);
    const text = snapshotToJson(snap, meta);
    const back = snapshotFromJson(text);
    const diff = snapshotDifference(snap, back.snapshot);
    const again = snapshotToJson(back.snapshot, back.meta);
    out.push([`${seed}`, `${text.length}`, host.sha256Hex(host.encodeText(text, 'utf16le-bom')), diff === '' ? 'equal' : diff, again === text ? 'same text' : 'different text']);
  }
  return out;
}
