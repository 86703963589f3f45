/**
 * Registry key paths as .reg files write them, and the one form the catalog builder reads:
 * `HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\...`.
 */

const ROOT_NAMES: string[] = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_CLASSES_ROOT', 'HKEY_USERS', 'HKEY_CURRENT_CONFIG', 'HKEY_DYN_DATA', 'HKEY_PERFORMANCE_DATA'];
const ROOT_ABBREVIATIONS: string[] = ['HKLM', 'HKCU', 'HKCR', 'HKU', 'HKCC', 'HKDD', 'HKPD'];

const SYSTEM_CONTROL_SET = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet';

/** The full root name (upper case) for a root or its abbreviation in any case, or '' when `s` is neither. */
export function rootName(s: string): string {
  const u = s.toUpperCase();
  for (let i = 0; i < ROOT_NAMES.length; i++) {
    if (u === ROOT_NAMES[i] || u === ROOT_ABBREVIATIONS[i]) return ROOT_NAMES[i];
  }
  return '';
}

/** true for `CurrentControlSet` and `ControlSetNNN` (three digits), in any case. */
export function isControlSetName(s: string): boolean {
  const u = s.toUpperCase();
  if (u === 'CURRENTCONTROLSET') return true;
  if (u.length !== 13 || !u.startsWith('CONTROLSET')) return false;
  const digits = u.slice(10);
  const v = Number.parseInt(digits, 10);
  return !Number.isNaN(v) && v >= 0 && `${1000 + v}`.slice(1) === digits;
}

/**
 * Maps every form a SYSTEM-hive key takes in .reg files to `HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\...`:
 * - `HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\...` and `...\SYSTEM\ControlSetNNN\...`;
 * - `HKLM\...` (any case of the root and of `SYSTEM`, `CurrentControlSet`, `ControlSetNNN`);
 * - hive-relative paths as offline tools write them: `\ControlSet001\...`, `ControlSet001\...`;
 * - an offline SYSTEM hive loaded under another name: `HKLM\OFFLINE\ControlSet001\...`,
 *   `ROOT\ControlSet001\...` (a control set one level under any name but a root other than HKLM).
 * Empty segments (doubled or trailing backslashes) are dropped. The rest of the path keeps its case.
 * Any other path comes back with its root spelled out (`HKCU\x` -> `HKEY_CURRENT_USER\x`) and
 * otherwise unchanged.
 */
export function normalizeKeyPath(path: string): string {
  const raw = path.split('\\');
  const hiveRelative = raw.length > 1 && raw[0].length === 0;
  const segs: string[] = [];
  for (const s of raw) {
    if (s.length > 0) segs.push(s);
  }
  if (segs.length === 0) return path;
  const root = hiveRelative ? '' : rootName(segs[0]);
  let rest = -1;
  if (root === 'HKEY_LOCAL_MACHINE') {
    if (segs.length >= 3 && isControlSetName(segs[2])) rest = 3;
  } else if (root === '') {
    if (isControlSetName(segs[0])) rest = 1;
    else if (!hiveRelative && segs.length >= 2 && isControlSetName(segs[1])) rest = 2;
  }
  if (rest >= 0) {
    return [SYSTEM_CONTROL_SET, ...segs.slice(rest)].join('\\');
  }
  if (root === '') return path;
  return [root, ...segs.slice(1)].join('\\');
}

/**
 * The identity of a key within one file: the path with its root spelled out, upper case
 * (registry names are case-insensitive). Hive-relative paths stay as they are (upper case).
 */
export function keyIdentity(path: string): string {
  if (path.startsWith('HKEY_')) return path.toUpperCase();
  const slash = path.indexOf('\\');
  const first = slash < 0 ? path : path.slice(0, slash);
  const root = rootName(first);
  if (root === '') return path.toUpperCase();
  return (root + path.slice(first.length)).toUpperCase();
}
