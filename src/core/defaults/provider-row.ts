/**
 * One base-provider row of a default catalog: the PackedCatalogItem fields that identify it, and
 * `microsoftRow`, which fills in what every Microsoft row shares.
 *
 * Everything marked UNVERIFIED is NOT established by ../shared/reference/winsock-catalog.md (or is
 * marked UNVERIFIED there): a plausible value needed to fill an 888-byte item, chosen as stated.
 * Checks must not treat those values as ground truth.
 */

import { PFL_MATCHES_PROTOCOL_ZERO } from './winsock-constants.js';

export interface ProviderRow {
  szProtocol: string;
  providerId: string;
  addressFamily: number;
  socketType: number;
  protocol: number;
  maxSockAddr: number;
  minSockAddr: number;
  serviceFlags1: number;
  /** UNVERIFIED for every Microsoft row: PFL_MATCHES_PROTOCOL_ZERO as in Wine's ws2_32 provider table. */
  providerFlags: number;
  /** dwMessageSize: UDP 65527 [S23], NetBIOS 64000 [S28]; others UNVERIFIED (0 for streams). */
  messageSize: number;
  protocolMaxOffset: number;
  /** 0 BIGENDIAN for IP (UNVERIFIED; network byte order), as Wine's table. */
  networkByteOrder: number;
  libraryPath: string;
  /** iVersion: 2 for Microsoft providers [section 2]. */
  version: number;
  /** The Vista+ ProtocolName value, only where the reference gives it ([S23] seed strings). */
  protocolNameValue?: string;
}

/** A row as written down: the identifying fields, and any shared field that differs. */
export interface MicrosoftRowFields {
  szProtocol: string;
  providerId: string;
  addressFamily: number;
  socketType: number;
  protocol: number;
  maxSockAddr: number;
  minSockAddr: number;
  serviceFlags1: number;
  messageSize: number;
  providerFlags?: number;
  protocolMaxOffset?: number;
  networkByteOrder?: number;
  libraryPath?: string;
  version?: number;
  protocolNameValue?: string;
}

export const MSWSOCK = '%SystemRoot%\\system32\\mswsock.dll';

/** A Microsoft row: mswsock.dll, iVersion 2, PFL_MATCHES_PROTOCOL_ZERO, offsets and byte order 0 unless given. */
export function microsoftRow(row: MicrosoftRowFields): ProviderRow {
  return {
    providerFlags: PFL_MATCHES_PROTOCOL_ZERO,
    protocolMaxOffset: 0,
    networkByteOrder: 0,
    libraryPath: MSWSOCK,
    version: 2,
    ...row,
  };
}
