/**
 * The JSON manifest written beside each backup .reg: what was backed up, from where, when, in what
 * state, and the SHA-256 that Restore-WinsockKeys checks before it touches anything.
 * Format documented in docs/backup.md; `format` and `formatVersion` identify it.
 */
import type { JsonValue } from '../formats/json/value.js';
import { jsonGet, jsonNumber, jsonObject, jsonString } from '../formats/json/value.js';
import { parseJson } from '../formats/json/parse.js';
import { writeJson } from '../formats/json/write.js';

export const BACKUP_MANIFEST_FORMAT = 'winsock2doctor-backup';
export const BACKUP_MANIFEST_VERSION = 1;
/** W2D1510: the manifest is not a Winsock2Doctor backup manifest. */
export const W2D1510_BAD_MANIFEST = 'W2D1510';

export interface BackupManifest {
  computerName: string;
  osProfile: string;
  /** ISO 8601 UTC. */
  timeUtc: string;
  /** What was backed up: `registry image <file>`, `registry of <computer>` or the source file. */
  source: string;
  /** The .reg file's name (in the same folder as the manifest). */
  registryFile: string;
  sha256: string;
  protocol64Entries: number;
  protocol32Entries: number;
  nameSpace64Entries: number;
  nameSpace32Entries: number;
  verdict: string;
  toolVersion: string;
}

export function manifestToJson(m: BackupManifest): string {
  const v = jsonObject([
    ['format', jsonString(BACKUP_MANIFEST_FORMAT)],
    ['formatVersion', jsonNumber(BACKUP_MANIFEST_VERSION)],
    ['computerName', jsonString(m.computerName)],
    ['osProfile', jsonString(m.osProfile)],
    ['timeUtc', jsonString(m.timeUtc)],
    ['source', jsonString(m.source)],
    ['registryFile', jsonString(m.registryFile)],
    ['sha256', jsonString(m.sha256)],
    [
      'entries',
      jsonObject([
        ['protocol64', jsonNumber(m.protocol64Entries)],
        ['protocol32', jsonNumber(m.protocol32Entries)],
        ['nameSpace64', jsonNumber(m.nameSpace64Entries)],
        ['nameSpace32', jsonNumber(m.nameSpace32Entries)],
      ]),
    ],
    ['verdict', jsonString(m.verdict)],
    ['toolVersion', jsonString(m.toolVersion)],
  ]);
  return `${writeJson(v, 2)}\n`;
}

function text(v: JsonValue | undefined, name: string): string {
  if (v === undefined || v.kind !== 'string') throw new Error(`${W2D1510_BAD_MANIFEST}: the backup manifest has no text '${name}'`);
  return v.str;
}

function count(v: JsonValue | undefined, name: string): number {
  if (v === undefined || v.kind !== 'number') throw new Error(`${W2D1510_BAD_MANIFEST}: the backup manifest has no number 'entries.${name}'`);
  return v.num;
}

export function manifestFromJson(json: string): BackupManifest {
  const v = parseJson(json);
  if (text(jsonGet(v, 'format'), 'format') !== BACKUP_MANIFEST_FORMAT) throw new Error(`${W2D1510_BAD_MANIFEST}: not a Winsock2Doctor backup manifest`);
  const version = jsonGet(v, 'formatVersion');
  if (version === undefined || version.kind !== 'number' || version.num !== BACKUP_MANIFEST_VERSION) {
    throw new Error(`${W2D1510_BAD_MANIFEST}: backup manifest version is not ${BACKUP_MANIFEST_VERSION}`);
  }
  const entries = jsonGet(v, 'entries');
  if (entries === undefined || entries.kind !== 'object') throw new Error(`${W2D1510_BAD_MANIFEST}: the backup manifest has no 'entries'`);
  return {
    computerName: text(jsonGet(v, 'computerName'), 'computerName'),
    osProfile: text(jsonGet(v, 'osProfile'), 'osProfile'),
    timeUtc: text(jsonGet(v, 'timeUtc'), 'timeUtc'),
    source: text(jsonGet(v, 'source'), 'source'),
    registryFile: text(jsonGet(v, 'registryFile'), 'registryFile'),
    sha256: text(jsonGet(v, 'sha256'), 'sha256'),
    protocol64Entries: count(jsonGet(entries, 'protocol64'), 'protocol64'),
    protocol32Entries: count(jsonGet(entries, 'protocol32'), 'protocol32'),
    nameSpace64Entries: count(jsonGet(entries, 'nameSpace64'), 'nameSpace64'),
    nameSpace32Entries: count(jsonGet(entries, 'nameSpace32'), 'nameSpace32'),
    verdict: text(jsonGet(v, 'verdict'), 'verdict'),
    toolVersion: text(jsonGet(v, 'toolVersion'), 'toolVersion'),
  };
}
