/** Field values as the text of a `field: old -> new` line: strings quoted, absent values named. */

/** A string in double quotes, so empty strings and trailing spaces stay visible. */
export function quotedText(s: string | null | undefined): string {
  if (s == null) return '(none)';
  return `"${s}"`;
}

/** A flags field in hex, as Windows documents them (`0x20066`). */
export function hexText(n: number): string {
  return n < 0 ? `-0x${(-n).toString(16).toUpperCase()}` : `0x${n.toString(16).toUpperCase()}`;
}

/** A number, or `(none)` when the source has none. */
export function numberText(n: number | null | undefined): string {
  if (n == null) return '(none)';
  return String(n);
}

export function booleanText(b: boolean | undefined): string {
  if (b === undefined) return '(none)';
  return b ? 'true' : 'false';
}
