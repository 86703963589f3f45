/**
 * Cross-check: every snapshot fixture read by trySnapshotFromJson and written again; the generated
 * fixtures must come back byte-identical and equal what the generator builds now.
 */
import { snapshotToJson, trySnapshotFromJson } from '../../../../src/core/formats/json/snapshot.js';
import { FIXTURE_META, SNAPSHOT_FIXTURES, generatedFixture, readFixture } from './fixture-list.js';

export function main(): string[][] {
  const out: string[][] = [];
  for (const name of SNAPSHOT_FIXTURES) {
    const text = readFixture(name);
    const r = trySnapshotFromJson(text);
    if (!r.ok) {
      out.push([name, r.error]);
      continue;
    }
    const again = snapshotToJson(r.snapshot!, r.meta!);
    const row = [name, again === text ? 'same text' : 'rewritten', again];
    if (name.startsWith('snapshot-generated-')) {
      row.push(snapshotToJson(generatedFixture(name), FIXTURE_META) === text ? 'in sync' : 'OUT OF SYNC');
    }
    out.push(row);
  }
  return out;
}
