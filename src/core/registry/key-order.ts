/**
 * Registry key paths compared the way the registry orders and matches them: case-insensitively,
 * one path segment at a time, a key before its subkeys and subkeys in name order (regedit and
 * `reg export` write a tree in this order). Control-set aliases are matched through
 * normalizeKeyPath, so `ControlSet001` in an image and `CurrentControlSet` in an operation meet.
 */
import { normalizeKeyPath } from '../formats/reg/key-path.js';

/** Match forms already computed: a restore or repair meets the same few hundred paths again and again. */
const matchForms = new Map<string, string>();

/** The form two paths are compared in: normalised, upper case. */
export function keyMatchForm(path: string): string {
  const known = matchForms.get(path);
  if (known !== undefined) return known;
  const form = normalizeKeyPath(path).toUpperCase();
  matchForms.set(path, form);
  return form;
}

/** true when `path` is `root` or a key below it. */
export function isKeyAtOrUnder(path: string, root: string): boolean {
  const p = keyMatchForm(path);
  const r = keyMatchForm(root);
  return p === r || p.startsWith(`${r}\\`);
}

/** Negative, zero or positive as `a` comes before, with or after `b` in registry tree order. */
export function compareKeyPaths(a: string, b: string): number {
  const sa = keyMatchForm(a).split('\\');
  const sb = keyMatchForm(b).split('\\');
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    if (sa[i] < sb[i]) return -1;
    if (sa[i] > sb[i]) return 1;
  }
  return sa.length - sb.length;
}
