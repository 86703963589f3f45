/**
 * Applying a parsed .reg file, in order, the way regedit imports it into an empty registry:
 * `[key]` creates the key or adds to it, `"v"=data` sets a value (replacing one of the same name,
 * which keeps its place), `"v"=-` deletes a value, `[-key]` deletes the key and all its subkeys.
 * Names compare case-insensitively; a key keeps the path and a value the name it was created with.
 * A key or value deleted and set again comes back at the end, as a new one.
 *
 * Linear in the size of the file: deletions are recorded, not carried out one by one (a key is
 * gone when it or an ancestor was deleted after the key was last created), and deleted values are
 * marked and left out at the end.
 */
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../../model/registry.js';
import type { RegFile } from './types.js';
import { keyIdentity } from './key-path.js';

interface KeyRecord {
  path: string;
  id: string;
  /** The index of the key block that (re)created the key. */
  createdAt: number;
  /** false once the key was found deleted and created again (a newer record holds it). */
  current: boolean;
  values: RegistryValue[];
  /** Parallel to `values`: false for a deleted value. */
  alive: boolean[];
  /** The position in `values` of each live value by its upper-case name. */
  names: Map<string, number>;
}

export function applyRegFile(file: RegFile): RegistrySnapshot {
  const blocks = file.keys;
  /** The index of the latest `[-key]` block of each key identity. */
  const deletedAt = new Map<string, number>();
  const records: KeyRecord[] = [];
  /** The position in `records` of each key's current record. */
  const index = new Map<string, number>();
  for (let t = 0; t < blocks.length; t++) {
    const block = blocks[t];
    const id = keyIdentity(block.path);
    if (block.deleted) {
      deletedAt.set(id, t);
      continue;
    }
    let pos = index.get(id);
    if (pos !== undefined && deletedAt.size > 0 && lastDeletion(deletedAt, id) > records[pos].createdAt) {
      records[pos].current = false;
      pos = undefined;
    }
    if (pos === undefined) {
      pos = records.length;
      index.set(id, pos);
      records.push({ path: block.path, id, createdAt: t, current: true, values: [], alive: [], names: new Map<string, number>() });
    }
    const r = records[pos];
    for (const v of block.values) {
      const vid = v.name.toUpperCase();
      const at = r.names.get(vid);
      if (v.deleted) {
        if (at !== undefined) {
          r.alive[at] = false;
          r.names.delete(vid);
        }
        continue;
      }
      if (at === undefined) {
        r.names.set(vid, r.values.length);
        r.values.push({ name: v.name, type: v.type, data: v.data });
        r.alive.push(true);
      } else {
        r.values[at] = { name: r.values[at].name, type: v.type, data: v.data };
      }
    }
  }
  const keys: RegistryKey[] = [];
  for (const r of records) {
    if (!r.current || (deletedAt.size > 0 && lastDeletion(deletedAt, r.id) > r.createdAt)) continue;
    const values: RegistryValue[] = [];
    for (let j = 0; j < r.values.length; j++) {
      if (r.alive[j]) values.push(r.values[j]);
    }
    keys.push({ path: r.path, values });
  }
  return { keys };
}

/** The index of the latest deletion of the key `id` or one of its ancestors, or -1. */
function lastDeletion(deletedAt: Map<string, number>, id: string): number {
  const segs = id.split('\\');
  let prefix = '';
  let last = -1;
  for (let i = 0; i < segs.length; i++) {
    prefix = i === 0 ? segs[0] : `${prefix}\\${segs[i]}`;
    const d = deletedAt.get(prefix);
    if (d !== undefined && d > last) last = d;
  }
  return last;
}
