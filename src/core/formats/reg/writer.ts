/**
 * The .reg writer: a RegistrySnapshot as Windows regedit exports it. UTF-16LE with a BOM, CRLF,
 * the header `Windows Registry Editor Version 5.00`, a blank line after the header and after each
 * key block, and per value:
 *   REG_SZ holding NUL-terminated UTF-16 without other NULs, CR or LF -> "name"="text" (\ and " escaped)
 *   REG_DWORD of 4 bytes                                                -> "name"=dword:0000002a
 *   REG_BINARY                                                          -> "name"=hex:01,02,...
 *   anything else (and REG_SZ / REG_DWORD not fitting the above)        -> "name"=hex(N):...
 * with regedit's wrapping of hex lines (hex.ts formatHexValue), `@=` for the default value, and
 * keys and values in snapshot order.
 */
import { host } from '../../../host/host.js';
import type { Bytes } from '../../../host/primitives.js';
import { REG_BINARY, REG_DWORD, REG_SZ } from '../../model/registry.js';
import type { RegistrySnapshot, RegistryValue } from '../../model/registry.js';
import { dwordHex, formatHexValue, shorten } from './hex.js';
import { escapeQuoted } from './quoted.js';
import { HEADER_5 } from './reader.js';

export function writeRegFile(snapshot: RegistrySnapshot): Bytes {
  const out: string[] = [HEADER_5, ''];
  /** The `"name"=` of each value name seen (names repeat across catalog entries). */
  const names = new Map<string, string>();
  for (const key of snapshot.keys) {
    const path = key.path;
    if (path.length === 0 || path.startsWith('-') || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
      throw new Error(`W2D1051: key '${shorten(path)}': a .reg file cannot hold this key path`);
    }
    out.push(`[${path}]`);
    for (const v of key.values) {
      let prefix = names.get(v.name);
      if (prefix === undefined) {
        prefix = v.name.length === 0 ? '@=' : `"${escapeQuoted(v.name)}"=`;
        names.set(v.name, prefix);
      }
      out.push(formatValue(path, prefix, v));
    }
    out.push('');
  }
  out.push('');
  return host.encodeText(out.join('\r\n'), 'utf16le-bom');
}

/** One value's line(s) after its `"name"=` prefix. */
function formatValue(path: string, prefix: string, v: RegistryValue): string {
  const t = v.type;
  const data = v.data;
  const n = data.length;
  if (t === REG_SZ) {
    const s = regSzText(data);
    if (s !== undefined) return `${prefix}"${escapeQuoted(s)}"`;
  } else if (t === REG_DWORD && n === 4) {
    return `${prefix}dword:${dwordHex(data)}`;
  } else if (t === REG_BINARY) {
    return formatHexValue(`${prefix}hex:`, data);
  }
  if (!Number.isInteger(t) || t < 0 || t > 4294967295) {
    throw new Error(`W2D1050: key '${shorten(path)}' value '${shorten(v.name)}': type ${t} is not an integer from 0 to 4294967295`);
  }
  return formatHexValue(`${prefix}hex(${t.toString(16)}):`, data);
}

/**
 * The text of REG_SZ data that a quoted string represents exactly: UTF-16LE, even length, ending
 * with a NUL and holding no other NUL, and no CR or LF (which Windows regedit cannot read back
 * from a quoted string). Else undefined: such data is written as hex(1).
 */
function regSzText(data: Bytes): string | undefined {
  const n = data.length;
  if (n < 2 || n % 2 !== 0 || data[n - 1] !== 0 || data[n - 2] !== 0) return undefined;
  const s = host.readUtf16Z(data, 0, n);
  if (s.length * 2 + 2 !== n) return undefined;
  if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return undefined;
  return s;
}
