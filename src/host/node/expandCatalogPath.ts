function foldAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * The value of an environment variable, its name matched case-insensitively (ASCII letters): an
 * exact match first, else the ordinally smallest name equal to it ignoring ASCII case. Off Windows,
 * SystemRoot and windir, when not set, stand for WINSOCK2DOCTOR_SYSTEMROOT (when that is set).
 */
function lookup(name: string): string | undefined {
  if (name.length === 0) return undefined;
  const exact = process.env[name];
  if (exact !== undefined) return exact;
  const folded = foldAscii(name);
  let best: string | undefined;
  for (const key of Object.keys(process.env)) {
    if (key.length === name.length && foldAscii(key) === folded && (best === undefined || key < best)) best = key;
  }
  if (best !== undefined) return process.env[best];
  if (process.platform !== 'win32' && (folded === 'systemroot' || folded === 'windir')) {
    return process.env.WINSOCK2DOCTOR_SYSTEMROOT;
  }
  return undefined;
}

/** `%NAME%` references replaced, scanning as ExpandEnvironmentStrings does; unknown names stay as written. */
function expand(path: string): string {
  let out = '';
  let last = 0;
  while (last < path.length) {
    const pos = path.indexOf('%', last + 1);
    if (pos < 0) break;
    if (path[last] === '%') {
      const value = lookup(path.substring(last + 1, pos));
      if (value !== undefined) {
        out += value;
        last = pos + 1;
        continue;
      }
    }
    out += path.substring(last, pos);
    last = pos;
  }
  return out + path.substring(last);
}

function trimSeparators(dir: string): string {
  let end = dir.length;
  while (end > 1 && (dir[end - 1] === '\\' || dir[end - 1] === '/')) end--;
  return dir.substring(0, end);
}

/**
 * Expands `%VAR%` environment references in a catalog DLL path (names case-insensitive, unknown
 * references left as written, values not expanded again). For the 32-bit catalog (bitness 32) a
 * `system32` folder directly under the Windows directory becomes `SysWOW64`: the Windows directory
 * is the value of SystemRoot or windir (as expanded above) or, when unexpanded, the literal
 * `%SystemRoot%` / `%windir%`; names compare ignoring ASCII case, separators may be `\` or `/`.
 */
export function expandCatalogPath(path: string, bitness: number): string {
  const expanded = expand(path);
  if (bitness !== 32) return expanded;
  const dirs: string[] = [];
  for (const name of ['SystemRoot', 'windir']) {
    const value = lookup(name);
    if (value !== undefined && value.length > 0) dirs.push(trimSeparators(value));
  }
  dirs.push('%SystemRoot%', '%windir%');
  const foldedPath = foldAscii(expanded);
  for (const dir of dirs) {
    const n = dir.length;
    if (expanded.length < n + 10 || foldedPath.substring(0, n) !== foldAscii(dir)) continue;
    const sep1 = expanded[n];
    const sep2 = expanded[n + 9];
    if ((sep1 !== '\\' && sep1 !== '/') || (sep2 !== '\\' && sep2 !== '/')) continue;
    if (foldedPath.substring(n + 1, n + 9) !== 'system32') continue;
    return `${expanded.substring(0, n + 1)}SysWOW64${expanded.substring(n + 9)}`;
  }
  return expanded;
}
