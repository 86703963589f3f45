/**
 * The seven NWLink IPX/SPX rows KB811259 counts on Windows XP (10 + 7 = 17; only the heading
 * "MSAFD nwlnkipx [IPX]" is quoted by the KB). UNVERIFIED: the other six names, the GUIDs, flags,
 * sizes and the pair of NetBIOS-over-NwlnkNb rows; values follow Wine's ws2_32 IPX/SPX table (flags,
 * sockaddr 16/14, message sizes 576 / 0xFFFFFFFF, IPX protocol max offset 255).
 */

import { netbiosPair } from './netbios-rows.js';
import { microsoftRow, type ProviderRow } from './provider-row.js';
import { AF_IPX, NSPROTO_IPX, NSPROTO_SPX, NSPROTO_SPXII, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM } from './winsock-constants.js';

/** UNVERIFIED (not in the reference): the IPX/SPX provider GUIDs of Wine's ws2_32 table ("taken from Win2k"). */
const GUID_IPX = '{11058240-BE47-11CF-95C8-00805F48A192}';
const GUID_SPX = '{11058241-BE47-11CF-95C8-00805F48A192}';

/** A SPX row: GUID_SPX, sockaddr 16/14, message size 0xFFFFFFFF. */
function spxRow(szProtocol: string, socketType: number, protocol: number, serviceFlags1: number): ProviderRow {
  return microsoftRow({ szProtocol, providerId: GUID_SPX, addressFamily: AF_IPX, socketType, protocol, maxSockAddr: 16, minSockAddr: 14, serviceFlags1, messageSize: 0xffffffff });
}

/** The NWLink rows with the NwlnkNb NetBIOS pair on lana `nwlnkNbLana`. */
export function nwlinkRows(nwlnkNbLana: number): ProviderRow[] {
  return [
    microsoftRow({ szProtocol: 'MSAFD nwlnkipx [IPX]', providerId: GUID_IPX, addressFamily: AF_IPX, socketType: SOCK_DGRAM, protocol: NSPROTO_IPX, maxSockAddr: 16, minSockAddr: 14, serviceFlags1: 0x40609, messageSize: 576, protocolMaxOffset: 255 }),
    spxRow('MSAFD nwlnkspx [SPX]', SOCK_SEQPACKET, NSPROTO_SPX, 0x2001e),
    spxRow('MSAFD nwlnkspx [SPX] [Pseudo Stream]', SOCK_STREAM, NSPROTO_SPX, 0x2001e),
    spxRow('MSAFD nwlnkspx [SPXII]', SOCK_SEQPACKET, NSPROTO_SPXII, 0x2003e),
    spxRow('MSAFD nwlnkspx [SPXII] [Pseudo Stream]', SOCK_STREAM, NSPROTO_SPXII, 0x2003e),
    ...netbiosPair('\\Device\\NwlnkNb', nwlnkNbLana),
  ];
}
