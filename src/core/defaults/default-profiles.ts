/**
 * Healthy catalogs per Windows version (reference section 4.2), each under the name of the fixture
 * it produces (test/fixtures/<name>.reg). Serial_Access_Num values are arbitrary.
 */

import type { DefaultProfile } from './default-profile.js';
import { NSP_NLA_V1, NSP_NLA_XP, NSP_NTDS, NSP_PNRP_CLOUD, NSP_PNRP_NAME, NSP_TCPIP, NSP_TCPIP_XP } from './name-space-rows.js';
import { netbtRows } from './netbios-rows.js';
import { nwlinkRows } from './nwlink-rows.js';
import type { ProviderRow } from './provider-row.js';
import {
  AF_UNIX_ROW,
  BTH_L2CAP,
  BTH_RFCOMM,
  HYPERV_RAW,
  RAW_IP,
  RAW_IP6,
  RSVP_TCP,
  RSVP_TCP6,
  RSVP_TCP_XP,
  RSVP_UDP,
  RSVP_UDP6,
  RSVP_UDP_XP,
  TCP_IP,
  TCP_IP6,
  UDP_IP,
  UDP_IP6,
} from './provider-rows.js';
import { AF_BTH } from './winsock-constants.js';

/**
 * Windows XP SP2, TCP/IP only: the ten Msinfo32 headings of KB811259 in the KB's order (TCP/IP,
 * UDP/IP, RSVP UDP, RSVP TCP, six NetBIOS rows = three adapters). RAW/IP is left out because the KB
 * counts ten headings (whether XP lists it is UNVERIFIED, section 4.2). 32-bit catalog only.
 * Name spaces Tcpip, NTDS, NLA (UNVERIFIED list, section 4.2).
 */
export const XP_SP2_TCPIP: DefaultProfile = {
  x64: false,
  vista: false,
  rows: [TCP_IP, UDP_IP, RSVP_UDP_XP, RSVP_TCP_XP, ...netbtRows(3)],
  nameSpaces: [NSP_TCPIP_XP, NSP_NTDS, NSP_NLA_XP],
  transports: ['Tcpip'],
  autodialDll: 'C:\\WINDOWS\\system32\\rasadhlp.dll',
  protocolSerial: 12,
  nameSpaceSerial: 4,
};

/** XP SP2 with NWLink IPX/SPX: the ten rows plus seven (KB811259: "a total of 17"). Transports list UNVERIFIED. */
export const XP_SP2_NWLINK: DefaultProfile = {
  ...XP_SP2_TCPIP,
  rows: [...XP_SP2_TCPIP.rows, ...nwlinkRows(3)],
  transports: ['Tcpip', 'NwlnkIpx', 'NwlnkSpx', 'NwlnkNb'],
  protocolSerial: 19,
};

const VISTA_AUTODIAL = 'C:\\Windows\\System32\\rasadhlp.dll';

/**
 * Windows 7 x64 [S18]: TCP/IP, UDP/IP, RAW/IP, the IPv6 MSAFD rows, RSVP v4/v6, NetBIOS rows for
 * two adapters (the adapter count is installation-dependent). Name spaces: PNRP name/cloud, NLAv1,
 * Tcpip, NTDS (napinsp/NLAv2 left out: their GUIDs are not in the reference).
 */
export const WIN7_X64: DefaultProfile = {
  x64: true,
  vista: true,
  rows: [TCP_IP, UDP_IP, RAW_IP, TCP_IP6, UDP_IP6, RAW_IP6, RSVP_TCP6, RSVP_TCP, RSVP_UDP6, RSVP_UDP, ...netbtRows(2)],
  nameSpaces: [NSP_PNRP_NAME, NSP_PNRP_CLOUD, NSP_NLA_V1, NSP_TCPIP, NSP_NTDS],
  transports: ['Tcpip'],
  autodialDll: VISTA_AUTODIAL,
  protocolSerial: 21,
  nameSpaceSerial: 9,
};

/**
 * Windows 10 x64 (section 4.2; order after the moby#27423 listing, Hyper-V RAW first): MSAFD Tcpip
 * TCP/UDP/RAW v4+v6, RSVP TCP/UDP v4+v6, AF_UNIX (1803+), Bluetooth L2CAP/RfComm; no NetBIOS rows.
 */
export const WIN10_X64: DefaultProfile = {
  x64: true,
  vista: true,
  rows: [HYPERV_RAW, TCP_IP, UDP_IP, RAW_IP, TCP_IP6, UDP_IP6, RAW_IP6, RSVP_TCP6, RSVP_TCP, RSVP_UDP6, RSVP_UDP, AF_UNIX_ROW, BTH_L2CAP, BTH_RFCOMM],
  nameSpaces: [NSP_PNRP_NAME, NSP_PNRP_CLOUD, NSP_NLA_V1, NSP_TCPIP, NSP_NTDS],
  transports: ['Tcpip'],
  autodialDll: VISTA_AUTODIAL,
  protocolSerial: 35,
  nameSpaceSerial: 11,
};

/**
 * Windows 11 x64: the Windows 10 set in the order of a freshly reset catalog (microsoft/WSL#40110:
 * TCP/IPv6 first, RSVP UDP 1011, AF_UNIX 1012). Name spaces without PNRP (removed from Windows;
 * UNVERIFIED for the build this stands for).
 */
export const WIN11_X64: DefaultProfile = {
  x64: true,
  vista: true,
  rows: [TCP_IP6, UDP_IP6, TCP_IP, UDP_IP, RAW_IP6, RAW_IP, HYPERV_RAW, RSVP_TCP6, RSVP_TCP, RSVP_UDP6, RSVP_UDP, AF_UNIX_ROW, BTH_L2CAP, BTH_RFCOMM],
  nameSpaces: [NSP_NLA_V1, NSP_TCPIP, NSP_NTDS],
  transports: ['Tcpip'],
  autodialDll: VISTA_AUTODIAL,
  protocolSerial: 14,
  nameSpaceSerial: 7,
};

/** Windows Server 2022: the Windows 11 set without the Bluetooth rows (UNVERIFIED: no Bluetooth stack on a server). */
export const SERVER2022: DefaultProfile = {
  ...WIN11_X64,
  rows: WIN11_X64.rows.filter((r: ProviderRow) => r.addressFamily !== AF_BTH),
  protocolSerial: 12,
  nameSpaceSerial: 6,
};

/** A default profile under its fixture name. */
export interface NamedDefaultProfile {
  name: string;
  profile: DefaultProfile;
}

/** Every default profile, by the name of the fixture it produces. */
export const DEFAULT_PROFILES: NamedDefaultProfile[] = [
  { name: 'xp-sp2-tcpip', profile: XP_SP2_TCPIP },
  { name: 'xp-sp2-nwlink', profile: XP_SP2_NWLINK },
  { name: 'win7-x64', profile: WIN7_X64 },
  { name: 'win10-x64', profile: WIN10_X64 },
  { name: 'win11-x64', profile: WIN11_X64 },
  { name: 'server2022', profile: SERVER2022 },
];
