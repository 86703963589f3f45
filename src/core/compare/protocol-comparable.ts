/**
 * A protocol entry for the comparison. Identity: entry type, provider GUID, address family, socket
 * type, protocol and (chains only) the chain as the entries it links. Compared: every decoded field
 * except the catalog entry ID, the chain IDs and the raw item bytes, which hold catalog IDs.
 */
import type { ProtocolEntry } from '../model/catalog.js';
import type { ComparableEntry } from './types.js';
import { chainIdentity } from './chain-identity.js';
import { booleanText, hexText, numberText, quotedText } from './display-text.js';

export function protocolComparable(e: ProtocolEntry, byId: Map<number, ProtocolEntry>): ComparableEntry {
  const chain = chainIdentity(e, byId);
  return {
    catalog: e.catalog,
    key: e.key,
    catalogEntryId: e.catalogEntryId,
    name: e.protocolName,
    providerId: e.providerId,
    identity: `${e.entryType}|${e.providerId}|${e.addressFamily}|${e.socketType}|${e.protocol}|${chain}`,
    incomplete: e.incomplete === true,
    fields: [
      { field: 'entryType', value: e.entryType },
      { field: 'providerId', value: e.providerId },
      { field: 'addressFamily', value: String(e.addressFamily) },
      { field: 'socketType', value: String(e.socketType) },
      { field: 'protocol', value: String(e.protocol) },
      { field: 'chainLen', value: String(e.chainLen) },
      { field: 'chain', value: quotedText(chain) },
      { field: 'protocolName', value: quotedText(e.protocolName) },
      { field: 'displayName', value: quotedText(e.displayName) },
      { field: 'libraryPath', value: quotedText(e.libraryPath) },
      { field: 'serviceFlags1', value: hexText(e.serviceFlags1) },
      { field: 'serviceFlags2', value: hexText(e.serviceFlags2) },
      { field: 'serviceFlags3', value: hexText(e.serviceFlags3) },
      { field: 'serviceFlags4', value: hexText(e.serviceFlags4) },
      { field: 'providerFlags', value: hexText(e.providerFlags) },
      { field: 'version', value: String(e.version) },
      { field: 'maxSockAddr', value: String(e.maxSockAddr) },
      { field: 'minSockAddr', value: String(e.minSockAddr) },
      { field: 'protocolMaxOffset', value: String(e.protocolMaxOffset) },
      { field: 'networkByteOrder', value: String(e.networkByteOrder) },
      { field: 'securityScheme', value: String(e.securityScheme) },
      { field: 'messageSize', value: String(e.messageSize) },
      { field: 'providerReserved', value: String(e.providerReserved) },
      { field: 'itemSize', value: numberText(e.itemSize) },
      { field: 'incomplete', value: booleanText(e.incomplete === true) },
    ],
  };
}
