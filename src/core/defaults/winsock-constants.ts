/**
 * Winsock numbers the default catalogs are written with: address families, socket types, protocols
 * and PFL_* flags (winsock2.h [S8]), name spaces ([S8]; PNRP from the Windows SDK p2p.h).
 */

export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_IPX = 6;
export const AF_NETBIOS = 17;
export const AF_INET6 = 23;
export const AF_BTH = 32;
export const AF_HYPERV = 34;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_SEQPACKET = 5;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const NSPROTO_IPX = 1000;
export const NSPROTO_SPX = 1256;
export const NSPROTO_SPXII = 1257;

export const PFL_HIDDEN = 0x4;
export const PFL_MATCHES_PROTOCOL_ZERO = 0x8;

export const NS_DNS = 12;
export const NS_NLA = 15;
export const NS_NTDS = 32;
/** NS_PNRPNAME / NS_PNRPCLOUD: Windows SDK p2p.h (not in the reference; UNVERIFIED as a default NSP). */
export const NS_PNRPNAME = 38;
export const NS_PNRPCLOUD = 39;
