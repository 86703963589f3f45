/**
 * Applying a parsed .reg file, in order, the way regedit imports it into an empty registry:
 * `[key]` creates the key or adds to it, `"v"=data` sets a value (replacing one of the same name,
 * which keeps its place), `"v"=-` deletes a value, `[-key]` deletes the key and all its subkeys.
 * Names compare case-insensitively; a key keeps the path and a value the name it was created with.
 */
import type { RegistryKey, RegistrySnapshot } from '../../model/registry.js';
import type { RegFile } from './types.js';
import { keyIdentity } from './key-path.js';

interface Building {
  keys: RegistryKey[];
  /** keyIdentity of each key, parallel to `keys`. */
  ids: string[];
  /** The position of each value by its upper-case name, parallel to `keys`. */
  valueIndex: Map<string, number>[];
  /** The position of each key by its identity. */
  keyIndex: Map<string, number>;
}

export function applyRegFile(file: RegFile): RegistrySnapshot {
  let b: Building = { keys: [], ids: [], valueIndex: [], keyIndex: new Map<string, number>() };
  for (const block of file.keys) {
    const id = keyIdentity(block.path);
    if (block.deleted) {
      b = withoutSubtree(b, id);
      continue;
    }
    let pos = b.keyIndex.get(id);
    if (pos === undefined) {
      pos = b.keys.length;
      b.keys.push({ path: block.path, values: [] });
      b.ids.push(id);
      b.valueIndex.push(new Map<string, number>());
      b.keyIndex.set(id, pos);
    }
    const key = b.keys[pos];
    let names = b.valueIndex[pos];
    for (const v of block.values) {
      const vid = v.name.toUpperCase();
      const at = names.get(vid);
      if (v.deleted) {
        if (at !== undefined) {
          key.values = key.values.filter((_, j) => j !== at);
          names = indexValues(key);
          b.valueIndex[pos] = names;
        }
        continue;
      }
      if (at === undefined) {
        names.set(vid, key.values.length);
        key.values.push({ name: v.name, type: v.type, data: v.data });
      } else {
        key.values[at] = { name: key.values[at].name, type: v.type, data: v.data };
      }
    }
  }
  return { keys: b.keys };
}

function indexValues(key: RegistryKey): Map<string, number> {
  const m = new Map<string, number>();
  for (let j = 0; j < key.values.length; j++) m.set(key.values[j].name.toUpperCase(), j);
  return m;
}

/** The keys without the key `id` and its subkeys. */
function withoutSubtree(b: Building, id: string): Building {
  const prefix = `${id}\\`;
  const out: Building = { keys: [], ids: [], valueIndex: [], keyIndex: new Map<string, number>() };
  for (let j = 0; j < b.keys.length; j++) {
    const kid = b.ids[j];
    if (kid === id || kid.startsWith(prefix)) continue;
    out.keyIndex.set(kid, out.keys.length);
    out.keys.push(b.keys[j]);
    out.ids.push(kid);
    out.valueIndex.push(b.valueIndex[j]);
  }
  return out;
}
