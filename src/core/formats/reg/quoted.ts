/**
 * Double-quoted names and strings of .reg files. Escapes: `\\` and `\"` (what Windows regedit
 * writes), and `\n`, `\r`, `\0` (what Wine's regedit writes for CR, LF and NUL).
 */

export interface QuotedText {
  /** The unescaped text. */
  text: string;
  /** The index just after the closing quote. */
  end: number;
  /** '' when well-formed, else the complete error message. */
  error: string;
}

/**
 * Reads the quoted text whose opening quote is at `s[start]`. `unterminatedId` is the error ID
 * for a missing closing quote (names and strings have their own).
 */
export function readQuoted(s: string, start: number, line: number, unterminatedId: string): QuotedText {
  let pos = start + 1;
  let q = s.indexOf('"', pos);
  let b = s.indexOf('\\', pos);
  if (q >= 0 && (b < 0 || b > q)) return { text: s.slice(pos, q), end: q + 1, error: '' };
  const parts: string[] = [];
  // q: the next quote at or after pos (-1: none left); b: the next backslash. Each is searched
  // again only when passed, so a long run of escapes stays linear.
  while (b >= 0 && (q < 0 || b < q)) {
    parts.push(s.slice(pos, b));
    const e = s.slice(b + 1, b + 2);
    if (e === '\\' || e === '"') {
      parts.push(e);
    } else if (e === 'n') {
      parts.push('\n');
    } else if (e === 'r') {
      parts.push('\r');
    } else if (e === '0') {
      parts.push('\u0000');
    } else if (e.length === 0) {
      break;
    } else {
      return { text: '', end: b, error: `W2D1011: line ${line}: unknown escape sequence '\\${e}' in a quoted text` };
    }
    pos = b + 2;
    if (q >= 0 && q < pos) q = s.indexOf('"', pos);
    b = s.indexOf('\\', pos);
  }
  if (q >= 0 && (b < 0 || q < b)) {
    parts.push(s.slice(pos, q));
    return { text: parts.join(''), end: q + 1, error: '' };
  }
  return { text: '', end: s.length, error: `${unterminatedId}: line ${line}: the quoted text has no closing quote` };
}

/**
 * The text with `\` and `"` escaped as regedit writes them; CR, LF and NUL as Wine writes them
 * (Windows regedit would write them raw and produce a file it cannot read back).
 */
export function escapeQuoted(s: string): string {
  let t = s;
  if (t.indexOf('\\') >= 0) t = t.replaceAll('\\', '\\\\');
  if (t.indexOf('"') >= 0) t = t.replaceAll('"', '\\"');
  if (t.indexOf('\r') >= 0) t = t.replaceAll('\r', '\\r');
  if (t.indexOf('\n') >= 0) t = t.replaceAll('\n', '\\n');
  if (t.indexOf('\u0000') >= 0) t = t.replaceAll('\u0000', '\\0');
  return t;
}
