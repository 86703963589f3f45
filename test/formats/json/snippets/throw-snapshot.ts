/** Cross-check: snapshotFromJson throws W2D1321 for a newer format version in both engines. */
import { snapshotFromJson } from '../../../../src/core/formats/json/snapshot.js';
import { readFixture } from './fixture-list.js';

export function main(): string {
  return snapshotFromJson(readFixture('snapshot-newer-version.json')).meta.toolVersion;
}
