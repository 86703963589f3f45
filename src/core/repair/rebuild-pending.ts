/**
 * The state KB811259's Rebuild carries across the restart: after both keys are deleted, a small JSON
 * file in the backup folder says a TCP/IP reinstall is pending, for which OS profile, and which
 * backup holds the keys before; `Repair-Winsock2 -Mode Rebuild -Resume` reads it and marks it done.
 */
import { host } from '../../host/host.js';
import { type JsonValue, jsonGet, jsonObject, jsonString } from '../formats/json/value.js';
import { parseJson } from '../formats/json/parse.js';
import { writeJson } from '../formats/json/write.js';

export const REBUILD_STATE_FILE = 'Winsock2Doctor-rebuild-state.json';
/** W2D3009: -Resume without a pending Rebuild. */
export const W2D3009_NOTHING_TO_RESUME = 'W2D3009';

export interface RebuildState {
  /** 'pending' or 'done'. */
  state: string;
  osProfile: string;
  backupPath: string;
  source: string;
}

export function rebuildStatePath(folder: string): string {
  return host.joinPath(folder, REBUILD_STATE_FILE);
}

export function writeRebuildState(folder: string, s: RebuildState): void {
  host.ensureDirectory(folder);
  const v = jsonObject([
    ['format', jsonString('winsock2doctor-rebuild')],
    ['state', jsonString(s.state)],
    ['osProfile', jsonString(s.osProfile)],
    ['backupPath', jsonString(s.backupPath)],
    ['source', jsonString(s.source)],
  ]);
  host.writeFileAtomic(rebuildStatePath(folder), host.encodeText(`${writeJson(v, 2)}\n`, 'utf8'));
}

function text(v: JsonValue, name: string): string {
  const m = jsonGet(v, name);
  return m !== undefined && m.kind === 'string' ? m.str : '';
}

/** The pending Rebuild in `folder` (W2D3009 when there is none). */
export function readPendingRebuild(folder: string): RebuildState {
  const path = rebuildStatePath(folder);
  if (!host.fileExists(path)) throw new Error(`${W2D3009_NOTHING_TO_RESUME}: no Rebuild is pending (no ${path}): run Repair-Winsock2 -Mode Rebuild first`);
  const v = parseJson(host.decodeText(host.readFileBytes(path)).text);
  const s: RebuildState = { state: text(v, 'state'), osProfile: text(v, 'osProfile'), backupPath: text(v, 'backupPath'), source: text(v, 'source') };
  if (text(v, 'format') !== 'winsock2doctor-rebuild' || s.state !== 'pending') {
    throw new Error(`${W2D3009_NOTHING_TO_RESUME}: no Rebuild is pending (${path} says '${s.state}')`);
  }
  return s;
}
