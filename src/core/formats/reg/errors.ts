/**
 * The .reg error table (W2D1001..W2D1099): every error the .reg reader and writer throw. Messages are
 * `W2D10xx: line N: what is wrong` (reader) or `W2D10xx: key K value V: what is wrong` (writer). IDs
 * are permanent once released: never renumber, never reuse; add new ones at the end.
 */

export interface RegErrorInfo {
  id: string;
  meaning: string;
}

export const REG_ERRORS: RegErrorInfo[] = [
  { id: 'W2D1001', meaning: 'The file is empty.' },
  { id: 'W2D1002', meaning: "The first line is not 'Windows Registry Editor Version 5.00' or 'REGEDIT4': not a registry file." },
  { id: 'W2D1003', meaning: "A key line '[...' has no closing ']'." },
  { id: 'W2D1004', meaning: "A key line names no key ('[]' or '[-]')." },
  { id: 'W2D1005', meaning: "Text after the closing ']' of a key line that is not a ';' comment." },
  { id: 'W2D1006', meaning: 'A value line before the first key, or after a key deletion [-key].' },
  { id: 'W2D1007', meaning: 'A quoted value name has no closing quote.' },
  { id: 'W2D1008', meaning: "A value name is not followed by '='." },
  { id: 'W2D1009', meaning: 'A quoted string has no closing quote.' },
  { id: 'W2D1010', meaning: "Text after a value's data that is not a ';' comment." },
  { id: 'W2D1011', meaning: 'An unknown escape sequence in a quoted name or string (known: \\\\ \\" \\n \\r \\0).' },
  { id: 'W2D1012', meaning: 'dword: data is not 1 to 8 hex digits.' },
  { id: 'W2D1013', meaning: 'hex(N): the type N is not 1 to 8 hex digits followed by "):".' },
  { id: 'W2D1014', meaning: 'hex data: an item is not a byte of 1 or 2 hex digits.' },
  { id: 'W2D1015', meaning: "hex data: an empty item (two commas in a row, or a '\\' continuation not after a comma)." },
  { id: 'W2D1016', meaning: "hex data: the line ends with the continuation '\\' but the file ends (truncated file)." },
  { id: 'W2D1017', meaning: "hex data: the line ends with the continuation '\\' but the next line is not hex data." },
  { id: 'W2D1018', meaning: 'Unknown data type (known: "string", dword:, hex:, hex(N):, -).' },
  { id: 'W2D1019', meaning: 'A line that is not a key, a value, a comment or blank.' },
  { id: 'W2D1020', meaning: 'UTF-16 text with an odd number of bytes (truncated file).' },
  { id: 'W2D1021', meaning: "Text after a value deletion '=-' that is not a ';' comment." },
  { id: 'W2D1050', meaning: 'Writer: a value type that is not an integer from 0 to 4294967295.' },
  { id: 'W2D1051', meaning: "Writer: a key path that a .reg file cannot hold (empty, starting with '-', or holding a line break)." },
];

/** The meaning of an error ID, or undefined when the table has no such ID. */
export function regErrorMeaning(id: string): string | undefined {
  for (const e of REG_ERRORS) {
    if (e.id === id) return e.meaning;
  }
  return undefined;
}
