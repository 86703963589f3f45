/**
 * Shape tests and value parsers for the fields of `netsh winsock show catalog` text. Nothing here
 * looks at a label's words: values are recognised by their shape (GUID, decimal, 0x-hex, chain).
 * Per-character work stays small (GUIDs and numbers only) because every call costs in PowerShell.
 */

/** One `label: value` line of an entry block. */
export interface NetshField {
  /** The text before the first ':' or '：' (trimmed); localized, never interpreted. */
  label: string;
  /** The text after it (trimmed). */
  value: string;
  /** 1-based line number in the input text. */
  line: number;
}

const HEX_DIGITS = '0123456789abcdefABCDEF';
const DEC_DIGITS = '0123456789';

/** The position of the first label separator (ASCII ':' or full-width '：'), or -1. */
export function separatorIndex(line: string): number {
  const ascii = line.indexOf(':');
  const wide = line.indexOf('\uFF1A');
  if (wide >= 0 && (ascii < 0 || wide < ascii)) {
    return wide;
  }
  return ascii;
}

/** true when every character of `s` is one of `allowed` (and `s` is not empty). */
function onlyChars(s: string, allowed: string): boolean {
  if (s.length === 0) {
    return false;
  }
  for (let i = 0; i < s.length; i++) {
    if (allowed.indexOf(s.charAt(i)) < 0) {
      return false;
    }
  }
  return true;
}

/** `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}` in either case. */
export function isGuidText(s: string): boolean {
  if (s.length !== 38 || s.charAt(0) !== '{' || s.charAt(37) !== '}') {
    return false;
  }
  const parts = s.slice(1, 37).split('-');
  if (parts.length !== 5) {
    return false;
  }
  return (
    parts[0].length === 8 &&
    parts[1].length === 4 &&
    parts[2].length === 4 &&
    parts[3].length === 4 &&
    parts[4].length === 12 &&
    onlyChars(parts.join(''), HEX_DIGITS)
  );
}

/** A decimal integer with an optional '-' that fits a 32-bit field (-2147483648..4294967295), else null. */
export function parseDecimal(s: string): number | null {
  const negative = s.startsWith('-');
  const digits = negative ? s.slice(1) : s;
  if (digits.length > 10 || !onlyChars(digits, DEC_DIGITS)) {
    return null;
  }
  const n = Number.parseInt(digits, 10);
  if (negative) {
    return n > 2147483648 ? null : -n;
  }
  return n > 4294967295 ? null : n;
}

/** `0x` followed by 1..8 hex digits (netsh prints the service flags so), else null. */
export function parseHexFlags(s: string): number | null {
  if (s.length < 3 || (s.slice(0, 2) !== '0x' && s.slice(0, 2) !== '0X')) {
    return null;
  }
  const digits = s.slice(2);
  if (digits.length > 8 || !onlyChars(digits, HEX_DIGITS)) {
    return null;
  }
  return Number.parseInt(digits, 16);
}

/** `1019 : 1002` (IDs separated by ':' or '：'), else null. */
export function parseChain(s: string): number[] | null {
  const parts = s.replaceAll('\uFF1A', ':').split(':');
  const ids: number[] = [];
  for (const part of parts) {
    const id = parseDecimal(part.trim());
    if (id === null) {
      return null;
    }
    ids.push(id);
  }
  return ids;
}

/** true when the (trimmed) text ends with the 32-bit catalog marker `(32)` (ASCII or full-width brackets). */
export function hasBitness32Marker(s: string): boolean {
  const t = s.trimEnd();
  return t.endsWith('(32)') || t.endsWith('\uFF0832\uFF09');
}
