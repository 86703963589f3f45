/** One name-space provider entry of a default catalog (section 1.3 values), and its builder. */

export interface NameSpaceRow {
  displayString: string;
  providerId: string;
  libraryPath: string;
  nameSpace: number;
  /** UNVERIFIED: -1 for every row (the reference: "usually -1/AF_UNSPEC style default"). */
  addressFamily: number;
  /** UNVERIFIED: 0 for every row. */
  version: number;
  storesServiceClassInfo: number;
  enabled: number;
}

/** What identifies a name-space provider; the rest takes the defaults of `nameSpaceRow`. */
export interface NameSpaceRowFields {
  displayString: string;
  providerId: string;
  libraryPath: string;
  nameSpace: number;
}

/** A row with AddressFamily -1, Version 0, StoresServiceClassInfo 0, Enabled 1 (all UNVERIFIED defaults). */
export function nameSpaceRow(row: NameSpaceRowFields): NameSpaceRow {
  return { addressFamily: -1, version: 0, storesServiceClassInfo: 0, enabled: 1, ...row };
}
