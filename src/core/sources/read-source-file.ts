/**
 * A source file as every reader meets it, recognised by its content, never its name: a .reg export
 * (`Windows Registry Editor ...` / `REGEDIT4`) or a Winsock2Doctor JSON snapshot (`{`) holds registry
 * data; anything else is taken for netsh text, which holds none. Catalogs, tests, backups and offline
 * repairs all read files through this one place.
 */
import { host } from '../../host/host.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { parseRegFile, regFileToSnapshot } from '../formats/reg/reader.js';
import { snapshotFromJson } from '../formats/json/snapshot.js';

export interface SourceFile {
  /** 'reg-file', 'json' or 'netsh'. */
  kind: string;
  /** The decoded text (what the netsh reader reads). */
  text: string;
  /** The registry data of a .reg or JSON file; null for netsh text. */
  snapshot: RegistrySnapshot | null;
}

export function readSourceFile(path: string): SourceFile {
  const bytes = host.readFileBytes(path);
  const text = host.decodeText(bytes).text;
  const start = text.trimStart();
  if (start.startsWith('Windows Registry Editor') || start.startsWith('REGEDIT4')) {
    return { kind: 'reg-file', text, snapshot: regFileToSnapshot(parseRegFile(bytes)) };
  }
  if (start.startsWith('{')) return { kind: 'json', text, snapshot: snapshotFromJson(text).snapshot };
  return { kind: 'netsh', text, snapshot: null };
}
