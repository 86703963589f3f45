/**
 * Test helpers: snapshots as plain comparable data, Wine's export order, and the canonical JSON
 * both engines produce for a snapshot.
 */
import type { RegistryKey, RegistrySnapshot } from '../../../../src/core/model/registry.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** keys (upper-case path) -> values (upper-case name) -> `type:hex` */
export function snapshotMap(s: RegistrySnapshot): Map<string, Map<string, string>> {
  const m = new Map<string, Map<string, string>>();
  for (const k of s.keys) {
    const vm = m.get(k.path.toUpperCase()) ?? new Map<string, string>();
    for (const v of k.values) vm.set(v.name.toUpperCase(), `${v.type}:${hex(v.data)}`);
    m.set(k.path.toUpperCase(), vm);
  }
  return m;
}

/** The map as sorted plain data, for toEqual with a readable diff. */
export function snapshotPlain(s: RegistrySnapshot): Record<string, Record<string, string>> {
  const m = snapshotMap(s);
  const out: Record<string, Record<string, string>> = {};
  for (const k of [...m.keys()].sort()) {
    const vm = m.get(k)!;
    const o: Record<string, string> = {};
    for (const n of [...vm.keys()].sort()) o[n] = vm.get(n)!;
    out[k] = o;
  }
  return out;
}

function cmpUpper(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The snapshot as Wine's regedit exports the subtree `root`: every key between `root` and each
 * key is present (bare parents), keys depth-first with subkeys sorted by name and values sorted by
 * name, case-insensitively.
 */
export function wineOrder(s: RegistrySnapshot, root: string): RegistrySnapshot {
  const byPath = new Map<string, RegistryKey>();
  const rootSegs = root.split('\\').length;
  for (const k of s.keys) {
    const segs = k.path.split('\\');
    for (let n = rootSegs; n < segs.length; n++) {
      const p = segs.slice(0, n).join('\\');
      if (!byPath.has(p.toUpperCase())) byPath.set(p.toUpperCase(), { path: p, values: [] });
    }
    const existing = byPath.get(k.path.toUpperCase());
    byPath.set(k.path.toUpperCase(), { path: k.path, values: [...(existing?.values ?? []), ...k.values] });
  }
  const keys = [...byPath.values()].map((k) => ({ path: k.path, values: [...k.values].sort((a, b) => cmpUpper(a.name, b.name)) }));
  keys.sort((a, b) => {
    const x = a.path.split('\\');
    const y = b.path.split('\\');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = cmpUpper(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  });
  return { keys };
}

/** The snapshot as JSON with data as hex (what both engines are compared on). */
export function snapshotJson(s: RegistrySnapshot): unknown {
  return { keys: s.keys.map((k) => ({ path: k.path, values: k.values.map((v) => ({ name: v.name, type: v.type, data: hex(v.data) })) })) };
}
