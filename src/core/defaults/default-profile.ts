/** What a healthy catalog of one Windows version is made of (data in default-profiles.ts). */

import type { NameSpaceRow } from './name-space-row.js';
import type { ProviderRow } from './provider-row.js';

export interface DefaultProfile {
  /** 64-bit Windows: Catalog_Entries64 + Catalog_Entries, Num_Catalog_Entries64 values. */
  x64: boolean;
  /** Vista or later: ProtocolName values, ProviderInfo, MUI DisplayStrings. */
  vista: boolean;
  rows: ProviderRow[];
  nameSpaces: NameSpaceRow[];
  /** Winsock\Parameters Transports. */
  transports: string[];
  /** AutodialDLL (UNVERIFIED default: rasadhlp.dll in System32, section 1.1). */
  autodialDll: string;
  protocolSerial: number;
  nameSpaceSerial: number;
}
