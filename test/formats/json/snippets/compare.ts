/** Snapshot comparison in the core subset (not a snippet). */
import { host } from '../../../../src/host/host.js';
import type { RegistrySnapshot } from '../../../../src/core/model/registry.js';

/** '' when both hold the same keys, values, types and bytes in the same order, else the first difference. */
export function snapshotDifference(a: RegistrySnapshot, b: RegistrySnapshot): string {
  if (a.keys.length !== b.keys.length) return `key count ${a.keys.length} / ${b.keys.length}`;
  for (let i = 0; i < a.keys.length; i++) {
    const ka = a.keys[i];
    const kb = b.keys[i];
    if (ka.path !== kb.path) return `key ${i} path`;
    if (ka.values.length !== kb.values.length) return `key ${i} value count`;
    for (let j = 0; j < ka.values.length; j++) {
      const va = ka.values[j];
      const vb = kb.values[j];
      if (va.name !== vb.name) return `key ${i} value ${j} name`;
      if (va.type !== vb.type) return `key ${i} value ${j} type`;
      if (!host.bytesEqual(va.data, vb.data)) return `key ${i} value ${j} data`;
    }
  }
  return '';
}
