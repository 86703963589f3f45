/** The default name-space providers (section 4.2 of ../shared/reference/winsock-catalog.md). */

import { nameSpaceRow, type NameSpaceRow } from './name-space-row.js';
import { NS_DNS, NS_NLA, NS_NTDS, NS_PNRPCLOUD, NS_PNRPNAME } from './winsock-constants.js';

const MSWSOCK_NS = '%SystemRoot%\\System32\\mswsock.dll';
const PNRPNSP = '%SystemRoot%\\system32\\pnrpnsp.dll';

/** Tcpip NSP: GUID, DLL, NS_DNS and the Vista+ DisplayString from [S23]; XP's plain 'Tcpip' name is UNVERIFIED. */
export const NSP_TCPIP_XP = nameSpaceRow({ displayString: 'Tcpip', providerId: '{22059D40-7E9E-11CF-AE5A-00AA00A7112B}', libraryPath: MSWSOCK_NS, nameSpace: NS_DNS });
export const NSP_TCPIP: NameSpaceRow = { ...NSP_TCPIP_XP, displayString: '@%SystemRoot%\\system32\\wshtcpip.dll,-60103' };
/** NTDS: GUID and winrnr.dll from section 4.2; the DisplayString 'NTDS' (netsh description) is UNVERIFIED as the stored value. */
export const NSP_NTDS = nameSpaceRow({ displayString: 'NTDS', providerId: '{3B2637EE-E580-11CF-A555-00C04FD8D4AC}', libraryPath: '%SystemRoot%\\System32\\winrnr.dll', nameSpace: NS_NTDS });
/** NLAv1: GUID, NS 15, mswsock.dll [S18]; the stored DisplayString (here the netsh description) is UNVERIFIED. */
export const NSP_NLA_V1 = nameSpaceRow({ displayString: 'Network Location Awareness Legacy (NLAv1) Namespace', providerId: '{6642243A-3BA8-4AA6-BAA5-2E0BD71FDD83}', libraryPath: MSWSOCK_NS, nameSpace: NS_NLA });
/** XP's NLA NSP: the whole row is UNVERIFIED in the reference (memory); same GUID as NLAv1 assumed. */
export const NSP_NLA_XP: NameSpaceRow = { ...NSP_NLA_V1, displayString: 'Network Location Awareness (NLA) Namespace' };
/** PNRP name spaces: GUIDs and NS numbers from the Windows SDK (NS_PROVIDER_PNRPNAME/CLOUD); DisplayStrings UNVERIFIED. */
export const NSP_PNRP_NAME = nameSpaceRow({ displayString: 'PNRP Name Namespace', providerId: '{03FE89CD-766D-4976-B9C1-BB9BC42C7B4D}', libraryPath: PNRPNSP, nameSpace: NS_PNRPNAME });
export const NSP_PNRP_CLOUD = nameSpaceRow({ displayString: 'PNRP Cloud Namespace', providerId: '{03FE89CE-766D-4976-B9C1-BB9BC42C7B4D}', libraryPath: PNRPNSP, nameSpace: NS_PNRPCLOUD });
