/**
 * The W2D1300..W2D1399 table: problems met while reading or writing JSON (the strict RFC 8259 reader,
 * the JSON.stringify-compatible writer) and the versioned registry snapshot document.
 *
 * Every message starts with the ID and a colon; reader messages end with the position of the problem
 * as `at line L, column C` (1-based, columns in UTF-16 code units), computed from the text offset.
 * Readers never throw for bad input through their `try*` forms: the error comes back as a value.
 */

export interface JsonErrorInfo {
  id: string;
  meaning: string;
}

/** The text ends inside a value (truncated document, or an empty one). */
export const W2D1301 = 'W2D1301';
/** A character that cannot start or continue a JSON token (outside strings). */
export const W2D1302 = 'W2D1302';
/** A word that is not a JSON number (`01`, `1.`, `-`, `1e`, `.5`, `+1`, ...). */
export const W2D1303 = 'W2D1303';
/** A word that is not `true`, `false` or `null` (`tru`, `NaN`, `Infinity`, `undefined`, ...). */
export const W2D1304 = 'W2D1304';
/** A backslash escape other than \" \\ \/ \b \f \n \r \t \uXXXX. */
export const W2D1305 = 'W2D1305';
/** \u not followed by four hexadecimal digits. */
export const W2D1306 = 'W2D1306';
/** A raw control character (U+0000..U+001F) inside a string. */
export const W2D1307 = 'W2D1307';
/** A string without its closing quote. */
export const W2D1308 = 'W2D1308';
/** Arrays and objects nested deeper than JSON_MAX_DEPTH (256). */
export const W2D1309 = 'W2D1309';
/** The same member name twice in one object (the reader rejects duplicates rather than pick one). */
export const W2D1310 = 'W2D1310';
/** A token where the grammar expects another (`,` or `]` after an array element, `:` after a key, ...). */
export const W2D1311 = 'W2D1311';
/** Anything but whitespace after the complete JSON value. */
export const W2D1312 = 'W2D1312';
/** writeJson: the value is nested deeper than JSON_MAX_DEPTH. */
export const W2D1315 = 'W2D1315';
/** The document is not a Winsock2Doctor registry snapshot (root not an object, `format` absent or another). */
export const W2D1320 = 'W2D1320';
/** The snapshot was written in a newer, incompatible format version than this build reads. */
export const W2D1321 = 'W2D1321';
/** `version` is not a positive integer. */
export const W2D1322 = 'W2D1322';
/** A property the format requires is missing. */
export const W2D1323 = 'W2D1323';
/** A property has the wrong JSON type (or an empty string where text is required). */
export const W2D1324 = 'W2D1324';
/** `hex` is not lower-case hexadecimal digits in pairs. */
export const W2D1325 = 'W2D1325';
/** `type` is not an integer in 0..4294967295. */
export const W2D1326 = 'W2D1326';
/** snapshotToJson: the snapshot cannot be written (empty key path, type out of range). */
export const W2D1330 = 'W2D1330';

/** The table itself (id, meaning): what the README and the finding documentation list. */
export const JSON_ERRORS: JsonErrorInfo[] = [
  { id: W2D1301, meaning: 'unexpected end of the JSON text (truncated or empty document)' },
  { id: W2D1302, meaning: 'unexpected character outside a string' },
  { id: W2D1303, meaning: 'invalid number (JSON numbers: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?)' },
  { id: W2D1304, meaning: 'invalid literal (only true, false and null)' },
  { id: W2D1305, meaning: 'invalid escape sequence in a string' },
  { id: W2D1306, meaning: '\\u escape without four hexadecimal digits' },
  { id: W2D1307, meaning: 'raw control character (U+0000..U+001F) in a string' },
  { id: W2D1308, meaning: 'unterminated string' },
  { id: W2D1309, meaning: 'arrays and objects nested deeper than 256 levels' },
  { id: W2D1310, meaning: 'duplicate member name in an object' },
  { id: W2D1311, meaning: 'unexpected token (the grammar expects another one here)' },
  { id: W2D1312, meaning: 'content after the JSON value' },
  { id: W2D1315, meaning: 'writeJson: value nested deeper than 256 levels' },
  { id: W2D1320, meaning: 'not a Winsock2Doctor registry snapshot (format is not winsock2doctor-registry-snapshot)' },
  { id: W2D1321, meaning: 'snapshot format version newer than this build reads' },
  { id: W2D1322, meaning: 'snapshot version is not a positive integer' },
  { id: W2D1323, meaning: 'snapshot property missing' },
  { id: W2D1324, meaning: 'snapshot property of the wrong type' },
  { id: W2D1325, meaning: 'snapshot hex is not lower-case hexadecimal digit pairs' },
  { id: W2D1326, meaning: 'snapshot value type is not an integer in 0..4294967295' },
  { id: W2D1330, meaning: 'snapshotToJson: the snapshot cannot be written (empty key path, type out of range)' },
];
