/**
 * One problem (or notable fact) a check found in the Winsock catalogs. Every finding carries a
 * permanent ID from the one finding-code table (src/core/checks/finding-codes.ts), with the
 * KB811259 symptom it explains and the repair that fixes it. Field names are the JSON of
 * `winsock2-doctor test --json` and, in PascalCase, the properties of Winsock2Doctor.Finding.
 */
import type { CatalogName } from './catalog.js';

/** Error: Winsock fails or is unsafe (verdict Corrupted); Warning: degraded or suspicious; Info: worth knowing. */
export type Severity = 'Error' | 'Warning' | 'Info';

export interface Finding {
  /** `W2D2nnn`, permanent: never reused for another meaning. */
  id: string;
  severity: Severity;
  /** The catalog the finding is about, or null when it is about the WinSock2 key as a whole. */
  catalog: CatalogName | null;
  /** The 12-digit entry key, or null (no entry, or a netsh source without key names). */
  entryKey: string | null;
  /** The catalog entry ID (protocol catalogs), or null. */
  catalogEntryId: number | null;
  message: string;
  /** The KB811259 symptom this finding explains (or 'none' when it explains none). */
  kbSymptom: string;
  /** What fixes it, safest first. */
  repair: string;
}
