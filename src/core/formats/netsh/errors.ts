/**
 * Error and decode-issue IDs of the netsh `show catalog` reader (range W2D1200..W2D1299).
 *
 * Errors (thrown, the whole input is rejected): W2D1200..W2D1209.
 * Decode issues (reported in Catalogs.decodeIssues, reading goes on): W2D1210..W2D1229.
 * IDs are permanent once released; add new ones at the end of their band.
 */

export interface NetshCode {
  id: string;
  /** 'error' (thrown) or 'issue' (a decodeIssue; the entry concerned is skipped). */
  kind: string;
  /** What the code means, for docs and the error message prefix. */
  text: string;
}

export const W2D1200_EMPTY = 'W2D1200';
export const W2D1201_NO_BLOCKS = 'W2D1201';
export const W2D1202_NOTHING_DECODED = 'W2D1202';
export const W2D1203_BAD_BITNESS = 'W2D1203';
export const W2D1210_INCOMPLETE_LAST = 'W2D1210';
export const W2D1211_UNKNOWN_SHAPE = 'W2D1211';
export const W2D1212_BAD_FIELD = 'W2D1212';
export const W2D1213_CHAIN_MISMATCH = 'W2D1213';
export const W2D1214_CHAIN_LENGTH_RANGE = 'W2D1214';
export const W2D1215_LAST_VALUE_OPEN = 'W2D1215';

/** The one table of this reader's codes. */
export const NETSH_CODES: NetshCode[] = [
  { id: W2D1200_EMPTY, kind: 'error', text: 'the netsh text is empty' },
  { id: W2D1201_NO_BLOCKS, kind: 'error', text: 'no netsh catalog entry was found (no title line followed by a dashed line)' },
  { id: W2D1202_NOTHING_DECODED, kind: 'error', text: 'no netsh catalog entry could be decoded' },
  { id: W2D1203_BAD_BITNESS, kind: 'error', text: 'the bitness of unmarked rows must be 0 (automatic), 32 or 64' },
  { id: W2D1210_INCOMPLETE_LAST, kind: 'issue', text: 'the last entry is incomplete (the text ends inside it); it was not decoded' },
  { id: W2D1211_UNKNOWN_SHAPE, kind: 'issue', text: 'an entry has neither the protocol shape (13 or 14 fields) nor the name-space shape (5 fields); it was skipped' },
  { id: W2D1212_BAD_FIELD, kind: 'issue', text: 'a field of an entry does not have the expected shape (GUID, number, hex flags); the entry was skipped' },
  { id: W2D1213_CHAIN_MISMATCH, kind: 'issue', text: 'the protocol chain line does not match the protocol chain length; the entry was skipped' },
  { id: W2D1214_CHAIN_LENGTH_RANGE, kind: 'issue', text: 'the protocol chain length is outside 0..7; the entry was kept as shown' },
  { id: W2D1215_LAST_VALUE_OPEN, kind: 'issue', text: 'the text ends inside the last value of the last entry without a line break, so that value may be cut; the entry was kept as read' },
];

/** `W2D12xx: <meaning>: <detail>` for an ID of the table. */
export function netshMessage(id: string, detail: string): string {
  const code = NETSH_CODES.find((c) => c.id === id);
  const meaning = code === undefined ? 'netsh reader' : code.text;
  return detail === '' ? `${id}: ${meaning}` : `${id}: ${meaning}: ${detail}`;
}
