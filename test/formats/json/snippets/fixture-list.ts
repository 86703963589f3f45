/**
 * The files of test/fixtures/json (not a snippet: snippets cannot list a folder, so the names are
 * here; test/formats/json/snapshot.test.ts checks the list against the folder).
 */
import { host } from '../../../../src/host/host.js';
import { makeSmallSnapshot, makeSnapshot } from './gen-snapshot.js';
import type { SnapshotMeta } from '../../../../src/core/formats/json/snapshot.js';
import type { RegistrySnapshot } from '../../../../src/core/model/registry.js';

/** Plain JSON texts, valid and invalid (the file name says which). */
export const JSON_FIXTURES: string[] = [
  'invalid-bad-escape.json',
  'invalid-bad-unicode-escape.json',
  'invalid-comment.json',
  'invalid-control-char.json',
  'invalid-duplicate-key.json',
  'invalid-empty.json',
  'invalid-leading-zero.json',
  'invalid-nan.json',
  'invalid-nesting-257.json',
  'invalid-raw-newline-in-string.json',
  'invalid-raw-tab-in-string.json',
  'invalid-single-quotes.json',
  'invalid-trailing-comma.json',
  'invalid-trailing-garbage.json',
  'invalid-truncated.json',
  'invalid-unterminated-string.json',
  'valid-crlf-tabs.json',
  'valid-keys.json',
  'valid-nesting-256.json',
  'valid-numbers.json',
  'valid-strings.json',
];

/** Snapshot documents: written by snapshotToJson (generated-*), or hand-made variants. */
export const SNAPSHOT_FIXTURES: string[] = [
  'snapshot-bad-hex.json',
  'snapshot-bad-type.json',
  'snapshot-forward-compatible.json',
  'snapshot-generated-odd.json',
  'snapshot-generated-small.json',
  'snapshot-missing-keys.json',
  'snapshot-newer-version.json',
  'snapshot-wrong-format.json',
];

/** The meta of the generated snapshot fixtures. */
export const FIXTURE_META: SnapshotMeta = {
  source: 'test/formats/json/snippets/gen-snapshot.ts',
  computerName: 'FIXTURE-PC',
  timeUtc: '2026-11-25T12:00:00.000Z',
  toolVersion: '0.1.0',
};

/** What snapshot-generated-<name>.json holds. */
export function generatedFixture(name: string): RegistrySnapshot {
  if (name === 'snapshot-generated-small.json') return makeSmallSnapshot();
  return makeSnapshot(11, 6, 2, true);
}

/** A fixture's text (decoded as a text file: BOM removed, UTF-8). */
export function readFixture(name: string): string {
  const root = host.getEnv('W2D_REPO_ROOT') ?? '.';
  return host.decodeText(host.readFileBytes(`${root}/test/fixtures/json/${name}`)).text;
}
