/** Cross-check: every JSON fixture (snapshots included) read by tryParseJson, written again with indents 0, 2 and 4. */
import { tryParseJson } from '../../../../src/core/formats/json/parse.js';
import { writeJson } from '../../../../src/core/formats/json/write.js';
import { JSON_FIXTURES, SNAPSHOT_FIXTURES, readFixture } from './fixture-list.js';

export function main(): string[][] {
  const out: string[][] = [];
  for (const name of JSON_FIXTURES.concat(SNAPSHOT_FIXTURES)) {
    const r = tryParseJson(readFixture(name));
    if (!r.ok) {
      out.push([name, r.error, `${r.errorOffset}`]);
      continue;
    }
    out.push([name, writeJson(r.value!, 0), writeJson(r.value!, 2), writeJson(r.value!, 4)]);
  }
  return out;
}
