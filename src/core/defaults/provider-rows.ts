/**
 * The Microsoft base-provider rows of section 4.1 of ../shared/reference/winsock-catalog.md
 * (section tags [Sx] as there). UNVERIFIED values: see provider-row.ts and each row.
 */

import { microsoftRow, type ProviderRow } from './provider-row.js';
import {
  AF_BTH,
  AF_HYPERV,
  AF_INET,
  AF_INET6,
  AF_UNIX,
  IPPROTO_TCP,
  IPPROTO_UDP,
  SOCK_DGRAM,
  SOCK_RAW,
  SOCK_STREAM,
} from './winsock-constants.js';

/**
 * UNVERIFIED: on XP the RSVP rows are taken to live in rsvpsp.dll (the reference lists rsvpsp.dll
 * among Windows-default catalog DLLs, section 4.2; the Vista+ netsh samples show mswsock.dll).
 */
export const RSVPSP = '%SystemRoot%\\system32\\rsvpsp.dll';

const GUID_TCPIP = '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}'; // [S18]
const GUID_TCPIP6 = '{F9EAB0C0-26D4-11D0-BBBF-00AA006C34E4}'; // [S13 trio#52]
const GUID_RSVP = '{9D60A9E0-337A-11D0-BD88-0000C082E69A}'; // [S13 moby#27423]
const GUID_HYPERV = '{1234191B-4BF7-4CA7-86E0-DFD7C32B5445}'; // [S13 trio#52, trio#1659]
const GUID_AFUNIX = '{A00943D9-9C2E-4633-9B59-0057A3160994}'; // [S13 WSL#40110]
const GUID_BTH = '{9FC48064-7298-43E4-B7BD-181F2089792A}'; // [S13 antigravity#100]

/** The MUI ProtocolName of an MSAFD Tcpip row ([S23] seed strings). */
function mswsockMuiString(id: number): string {
  return `@%SystemRoot%\\System32\\mswsock.dll,-${id}`;
}

export const TCP_IP = microsoftRow({ szProtocol: 'MSAFD Tcpip [TCP/IP]', providerId: GUID_TCPIP, addressFamily: AF_INET, socketType: SOCK_STREAM, protocol: IPPROTO_TCP, maxSockAddr: 16, minSockAddr: 16, serviceFlags1: 0x20066, messageSize: 0, protocolNameValue: mswsockMuiString(60100) });
export const UDP_IP = microsoftRow({ szProtocol: 'MSAFD Tcpip [UDP/IP]', providerId: GUID_TCPIP, addressFamily: AF_INET, socketType: SOCK_DGRAM, protocol: IPPROTO_UDP, maxSockAddr: 16, minSockAddr: 16, serviceFlags1: 0x20609, messageSize: 65527, protocolNameValue: mswsockMuiString(60101) });
/** messageSize UNVERIFIED (65467 = 0xFFBB, Wine's datagram value). */
export const RAW_IP = microsoftRow({ szProtocol: 'MSAFD Tcpip [RAW/IP]', providerId: GUID_TCPIP, addressFamily: AF_INET, socketType: SOCK_RAW, protocol: 0, maxSockAddr: 16, minSockAddr: 16, serviceFlags1: 0x20609, messageSize: 65467 });
/** flags 0x20066 by analogy in the reference ("flags cut in excerpt"). */
export const TCP_IP6 = microsoftRow({ szProtocol: 'MSAFD Tcpip [TCP/IPv6]', providerId: GUID_TCPIP6, addressFamily: AF_INET6, socketType: SOCK_STREAM, protocol: IPPROTO_TCP, maxSockAddr: 28, minSockAddr: 28, serviceFlags1: 0x20066, messageSize: 0, protocolNameValue: mswsockMuiString(60200) });
/** UNVERIFIED row in the reference (analogy; LiteBox seed). */
export const UDP_IP6 = microsoftRow({ szProtocol: 'MSAFD Tcpip [UDP/IPv6]', providerId: GUID_TCPIP6, addressFamily: AF_INET6, socketType: SOCK_DGRAM, protocol: IPPROTO_UDP, maxSockAddr: 28, minSockAddr: 28, serviceFlags1: 0x20609, messageSize: 65527, protocolNameValue: mswsockMuiString(60201) });
export const RAW_IP6 = microsoftRow({ szProtocol: 'MSAFD Tcpip [RAW/IPv6]', providerId: GUID_TCPIP6, addressFamily: AF_INET6, socketType: SOCK_RAW, protocol: 0, maxSockAddr: 28, minSockAddr: 28, serviceFlags1: 0x20609, messageSize: 65467 });
export const RSVP_TCP = microsoftRow({ szProtocol: 'RSVP TCP Service Provider', providerId: GUID_RSVP, addressFamily: AF_INET, socketType: SOCK_STREAM, protocol: IPPROTO_TCP, maxSockAddr: 16, minSockAddr: 16, serviceFlags1: 0x22066, messageSize: 0 });
export const RSVP_UDP = microsoftRow({ szProtocol: 'RSVP UDP Service Provider', providerId: GUID_RSVP, addressFamily: AF_INET, socketType: SOCK_DGRAM, protocol: IPPROTO_UDP, maxSockAddr: 16, minSockAddr: 16, serviceFlags1: 0x22609, messageSize: 65527 });
export const RSVP_TCP6 = microsoftRow({ szProtocol: 'RSVP TCPv6 Service Provider', providerId: GUID_RSVP, addressFamily: AF_INET6, socketType: SOCK_STREAM, protocol: IPPROTO_TCP, maxSockAddr: 28, minSockAddr: 28, serviceFlags1: 0x22066, messageSize: 0 });
/** flags 0x22609 "by analogy" in the reference. */
export const RSVP_UDP6 = microsoftRow({ szProtocol: 'RSVP UDPv6 Service Provider', providerId: GUID_RSVP, addressFamily: AF_INET6, socketType: SOCK_DGRAM, protocol: IPPROTO_UDP, maxSockAddr: 28, minSockAddr: 28, serviceFlags1: 0x22609, messageSize: 65527 });
export const HYPERV_RAW = microsoftRow({ szProtocol: 'Hyper-V RAW', providerId: GUID_HYPERV, addressFamily: AF_HYPERV, socketType: SOCK_STREAM, protocol: 1, maxSockAddr: 36, minSockAddr: 36, serviceFlags1: 0x20026, messageSize: 0 });
/** Protocol and flags are cut in the reference's excerpt: protocol 0 and flags 0x20026 are UNVERIFIED. */
export const AF_UNIX_ROW = microsoftRow({ szProtocol: 'AF_UNIX', providerId: GUID_AFUNIX, addressFamily: AF_UNIX, socketType: SOCK_STREAM, protocol: 0, maxSockAddr: 110, minSockAddr: 2, serviceFlags1: 0x20026, messageSize: 0 });
export const BTH_L2CAP = microsoftRow({ szProtocol: 'MSAFD L2CAP [Bluetooth]', providerId: GUID_BTH, addressFamily: AF_BTH, socketType: SOCK_STREAM, protocol: 256, maxSockAddr: 30, minSockAddr: 30, serviceFlags1: 0x20006, messageSize: 0 });
export const BTH_RFCOMM = microsoftRow({ szProtocol: 'MSAFD RfComm [Bluetooth]', providerId: GUID_BTH, addressFamily: AF_BTH, socketType: SOCK_STREAM, protocol: 3, maxSockAddr: 30, minSockAddr: 30, serviceFlags1: 0x20026, messageSize: 0 });

/** XP's RSVP rows in rsvpsp.dll (UNVERIFIED, see RSVPSP). */
export const RSVP_TCP_XP: ProviderRow = { ...RSVP_TCP, libraryPath: RSVPSP };
export const RSVP_UDP_XP: ProviderRow = { ...RSVP_UDP, libraryPath: RSVPSP };
