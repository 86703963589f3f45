/**
 * A parsed .reg file: its key blocks and value lines in file order, deletions included, before they
 * are applied (regFileToSnapshot applies them). Line numbers are 1-based.
 */
import type { Bytes } from '../../../host/primitives.js';

export interface RegFileValue {
  /** The value name; '' is the key's default value (`@`, or `""`). */
  name: string;
  /** true for `"name"=-` (delete the value). */
  deleted: boolean;
  /** The REG_* type (0 for a deletion). */
  type: number;
  /** The data as the registry stores it (strings: UTF-16LE with the terminating NUL). Empty for a deletion. */
  data: Bytes;
  /** How the data was written: 'string', 'dword', 'hex' or 'delete'. */
  form: string;
  /** The line the value starts on. */
  line: number;
}

export interface RegFileKey {
  /** The key path exactly as written between the brackets (without the '-' of a deletion). */
  path: string;
  /** true for `[-path]` (delete the key and all its subkeys). */
  deleted: boolean;
  line: number;
  values: RegFileValue[];
}

export interface RegFile {
  /** 5 for 'Windows Registry Editor Version 5.00', 4 for 'REGEDIT4'. */
  version: number;
  /** The text encoding: 'utf16le-bom', 'utf16le' (no BOM), 'utf16be-bom', 'utf8-bom', 'utf8' or 'ansi'. */
  encoding: string;
  /** 'CRLF', 'LF', 'CR', 'mixed', or 'none' (a single line). */
  lineEnding: string;
  /**
   * true when the file ends with a blank line, as every regedit export does; false is a hint that
   * the file was cut short (a file cut at the end of a line is otherwise well-formed).
   */
  endsWithBlankLine: boolean;
  keys: RegFileKey[];
}
