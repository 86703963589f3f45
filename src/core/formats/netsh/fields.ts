/**
 * Shape tests and value parsers for the fields of `netsh winsock show catalog` text. Nothing here
 * looks at a label's words: values are recognised by their shape (GUID, decimal, 0x-hex, chain).
 *
 * PowerShell cost model (compiled code): string methods other than startsWith/endsWith/length are
 * runtime-helper calls (tens to hundreds of µs each), Map lookups and `===` are inline. So per-character
 * work splits the string ONCE (`split('')`) and looks each character up in a Map.
 */

/** The value of one `label: value` line of an entry block (the label is never interpreted). */
export interface NetshField {
  /** The text after the label separator, trimmed. */
  value: string;
  /** 1-based line number in the input text. */
  line: number;
}

/** Digit characters and their values (0-9, a-f, A-F). */
const DIGIT_VALUES: Map<string, number> = digitValues();

function digitValues(): Map<string, number> {
  const m = new Map<string, number>();
  const lower = '0123456789abcdef'.split('');
  const upper = '0123456789ABCDEF'.split('');
  for (let i = 0; i < 16; i++) {
    m.set(lower[i], i);
    m.set(upper[i], i);
  }
  return m;
}

/** The value of `s` read as digits of `base` (10 or 16), or -1 when `s` is empty or has another character. */
function digitsValue(s: string, base: number): number {
  if (s.length === 0) {
    return -1;
  }
  let n = 0;
  for (const ch of s.split('')) {
    const d = DIGIT_VALUES.get(ch);
    if (d === undefined || d >= base) {
      return -1;
    }
    n = n * base + d;
  }
  return n;
}

/**
 * The position of the first label separator: ASCII ':' or, when `wide` (the text has any), the
 * full-width '：', whichever comes first; -1 when the line has none.
 */
export function separatorIndex(line: string, wide: boolean): number {
  const ascii = line.indexOf(':');
  if (!wide) {
    return ascii;
  }
  const full = line.indexOf('\uFF1A');
  if (full >= 0 && (ascii < 0 || full < ascii)) {
    return full;
  }
  return ascii;
}

/** `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}` in either case. */
export function isGuidText(s: string): boolean {
  if (s.length !== 38 || !s.startsWith('{') || !s.endsWith('}')) {
    return false;
  }
  let i = 0;
  for (const ch of s.split('')) {
    if (i === 9 || i === 14 || i === 19 || i === 24) {
      if (ch !== '-') {
        return false;
      }
    } else if (i > 0 && i < 37 && DIGIT_VALUES.get(ch) === undefined) {
      return false;
    }
    i++;
  }
  return true;
}

/** One decimal field's value when it fits a 32-bit field (-2147483648..4294967295), else null. */
function decimalOrNull(n: number, digits: number, negative: boolean, valid: boolean): number | null {
  if (!valid || digits === 0 || digits > 10) {
    return null;
  }
  if (negative) {
    return n > 2147483648 ? null : n === 0 ? 0 : -n;
  }
  return n > 4294967295 ? null : n;
}

/**
 * Several decimal values (an optional '-' then digits) parsed in ONE pass over their characters
 * (one join and one split for all of them); each result is the number, or null when that value is
 * not a decimal that fits a 32-bit field. Values never contain a line break (they come from lines).
 */
export function parseDecimals(values: string[]): (number | null)[] {
  const out: (number | null)[] = [];
  let n = 0;
  let digits = 0;
  let negative = false;
  let valid = true;
  for (const ch of (values.join('\n') + '\n').split('')) {
    if (ch === '\n') {
      out.push(decimalOrNull(n, digits, negative, valid));
      n = 0;
      digits = 0;
      negative = false;
      valid = true;
      continue;
    }
    if (ch === '-' && digits === 0 && !negative) {
      negative = true;
      continue;
    }
    const d = DIGIT_VALUES.get(ch);
    if (d === undefined || d >= 10) {
      valid = false;
      continue;
    }
    n = n * 10 + d;
    digits++;
  }
  return out;
}

/** A decimal integer with an optional '-' that fits a 32-bit field (-2147483648..4294967295), else null. */
export function parseDecimal(s: string): number | null {
  return parseDecimals([s])[0];
}

/** `0x` followed by 1..8 hex digits (netsh prints the service flags so), else null. */
export function parseHexFlags(s: string): number | null {
  if (s.length < 3 || s.length > 10 || !(s.startsWith('0x') || s.startsWith('0X'))) {
    return null;
  }
  const n = digitsValue(s.slice(2), 16);
  return n < 0 ? null : n;
}

/** `1019 : 1002` (IDs separated by ':' or '：'), else null. */
export function parseChain(s: string): number[] | null {
  const parts = s.replaceAll('\uFF1A', ':').split(':').map((part) => part.trim());
  const ids: number[] = [];
  for (const id of parseDecimals(parts)) {
    if (id === null) {
      return null;
    }
    ids.push(id);
  }
  return ids;
}

/** true when the (trimmed) text ends with the 32-bit catalog marker `(32)` (ASCII or full-width brackets). */
export function hasBitness32Marker(s: string): boolean {
  return s.endsWith('(32)') || s.endsWith('\uFF0832\uFF09');
}
