/**
 * MSAFD NetBIOS rows: one SEQPACKET/DATAGRAM pair per NetBIOS lana (XP and Windows 7 catalogs have
 * one pair per NetBT-bound adapter, section 4.2).
 */

import { microsoftRow, type ProviderRow } from './provider-row.js';
import { AF_NETBIOS, SOCK_DGRAM, SOCK_SEQPACKET } from './winsock-constants.js';

const GUID_NETBIOS = '{8D5F1830-C273-11CF-95C8-00805F48A192}'; // [S28] (low fidelity)

/** Adapter GUIDs of a real NetBIOS listing ([S12] readme: lanas 0, 1, 2 on three NetBT_Tcpip adapters). */
export const NETBT_ADAPTERS: string[] = [
  '{74427F6E-EAED-4823-A03A-3759EBBB760B}',
  '{E62BE309-3888-44C2-9A27-D981A3EB7EF5}',
  '{A4BCF3EF-6D3E-46D0-93EF-6EBAF4E7F4FD}',
];

/**
 * The SEQPACKET/DATAGRAM pair of one NetBIOS lana: names as in [S12] ("MSAFD NetBIOS [\Device\...]
 * SEQPACKET n"), AF 17, protocol -lana with lana 0 stored as 0x80000000 (-2147483648), sockaddr 20/20,
 * DATAGRAM flags 0x20209 and message size 64000 [S28]. SEQPACKET flags 0x2000E
 * (IFS | MESSAGE_ORIENTED | GUARANTEED_ORDER | GUARANTEED_DELIVERY) are UNVERIFIED (inferred from the
 * DATAGRAM row and the connection-oriented service).
 */
export function netbiosPair(device: string, lana: number): ProviderRow[] {
  const protocol = lana === 0 ? -2147483648 : -lana;
  return [
    microsoftRow({ szProtocol: `MSAFD NetBIOS [${device}] SEQPACKET ${lana}`, providerId: GUID_NETBIOS, addressFamily: AF_NETBIOS, socketType: SOCK_SEQPACKET, protocol, maxSockAddr: 20, minSockAddr: 20, serviceFlags1: 0x2000e, messageSize: 64000 }),
    microsoftRow({ szProtocol: `MSAFD NetBIOS [${device}] DATAGRAM ${lana}`, providerId: GUID_NETBIOS, addressFamily: AF_NETBIOS, socketType: SOCK_DGRAM, protocol, maxSockAddr: 20, minSockAddr: 20, serviceFlags1: 0x20209, messageSize: 64000 }),
  ];
}

/** The NetBIOS pairs of the first `count` NETBT_ADAPTERS, lanas 0.. in adapter order. */
export function netbtRows(count: number): ProviderRow[] {
  let rows: ProviderRow[] = [];
  const pairs = Math.min(count, NETBT_ADAPTERS.length);
  for (let lana = 0; lana < pairs; lana++) {
    rows = rows.concat(netbiosPair(`\\Device\\NetBT_Tcpip_${NETBT_ADAPTERS[lana]}`, lana));
  }
  return rows;
}
