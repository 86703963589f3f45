/**
 * Whole-text scans shared by the JSON reader and writer. In PowerShell every string builtin is a
 * call, so both look at the text as a whole (split, indexOf, replaceAll run natively) instead of
 * character by character.
 */

/** U+0000..U+001F except tab, LF and CR: never raw in JSON text (tab, LF, CR only between tokens). */
export const CONTROL_CHARS_EXCEPT_LINE: string[] = [
  '\u0000', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\u0008',
  '\u000b', '\u000c', '\u000e', '\u000f', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014',
  '\u0015', '\u0016', '\u0017', '\u0018', '\u0019', '\u001a', '\u001b', '\u001c', '\u001d',
  '\u001e', '\u001f',
];

/** The offsets of every occurrence of `ch` (one character) in order, keyed 0, 1, 2, ... */
export function positionsOf(text: string, ch: string): Map<number, number> {
  const out = new Map<number, number>();
  const pieces = text.split(ch);
  let pos = -1;
  for (let i = 0; i < pieces.length - 1; i++) {
    pos += pieces[i].length + 1;
    out.set(i, pos);
  }
  return out;
}

/** How many times `ch` (one character) occurs in the text. */
export function countOf(text: string, ch: string): number {
  return text.length - text.replaceAll(ch, '').length;
}
