/**
 * The registry values of catalog entry keys, built with the core codecs (encodePackedCatalogItem and
 * the registry value encoders), never typed as hex.
 */

import { host } from '../../host/host.js';
import type { RegistryValue } from '../model/registry.js';
import { encodePackedCatalogItem, type PackedCatalogItemFields } from '../formats/packed-catalog-item.js';
import { binaryValue, encodeDwordValue, encodeGuidValue, encodeStringValue } from '../formats/packed/registry-values.js';
import type { NameSpaceRow } from './name-space-row.js';
import type { ProviderRow } from './provider-row.js';

/** `%012lu` entry key names ([S1]). */
export function entryKeyName(position: number): string {
  return String(position).padStart(12, '0');
}

/** The PackedCatalogItem fields of a base-provider row with its catalog ID. */
export function baseFields(row: ProviderRow, catalogEntryId: number): PackedCatalogItemFields {
  return {
    libraryPath: row.libraryPath,
    serviceFlags1: row.serviceFlags1,
    serviceFlags2: 0,
    serviceFlags3: 0,
    serviceFlags4: 0,
    providerFlags: row.providerFlags,
    providerId: row.providerId,
    catalogEntryId,
    chainLen: 1,
    // Base providers need not store their own ID in ChainEntries[0] (section 2 worked example): all 0.
    chainEntries: [0, 0, 0, 0, 0, 0, 0],
    version: row.version,
    addressFamily: row.addressFamily,
    maxSockAddr: row.maxSockAddr,
    minSockAddr: row.minSockAddr,
    socketType: row.socketType,
    protocol: row.protocol,
    protocolMaxOffset: row.protocolMaxOffset,
    networkByteOrder: row.networkByteOrder,
    securityScheme: 0,
    messageSize: row.messageSize,
    providerReserved: 0,
    szProtocol: row.szProtocol,
  };
}

/** The values of one protocol entry key: PackedCatalogItem, then ProtocolName when given. */
export function protocolEntryValues(fields: PackedCatalogItemFields, protocolName: string | undefined): RegistryValue[] {
  const values = [binaryValue('PackedCatalogItem', encodePackedCatalogItem(fields))];
  if (protocolName !== undefined) {
    values.push(encodeStringValue('ProtocolName', protocolName, false));
  }
  return values;
}

/**
 * The values of one name-space entry key. `vista`: ProviderInfo (empty, as the LiteBox seed has it
 * [S23]) and no AddressFamily (the Vista+ value list in section 1.3); XP: AddressFamily, no
 * ProviderInfo (ReactOS's list [S3]). The value order (alphabetical) is UNVERIFIED.
 */
export function nameSpaceEntryValues(row: NameSpaceRow, vista: boolean): RegistryValue[] {
  const values: RegistryValue[] = [];
  if (!vista) {
    values.push(encodeDwordValue('AddressFamily', row.addressFamily));
  }
  values.push(encodeStringValue('DisplayString', row.displayString, false));
  values.push(encodeDwordValue('Enabled', row.enabled));
  values.push(encodeStringValue('LibraryPath', row.libraryPath, true));
  values.push(encodeGuidValue('ProviderId', row.providerId));
  if (vista) {
    values.push(binaryValue('ProviderInfo', host.bytesAlloc(0)));
  }
  values.push(encodeDwordValue('StoresServiceClassInfo', row.storesServiceClassInfo));
  values.push(encodeDwordValue('SupportedNameSpace', row.nameSpace));
  values.push(encodeDwordValue('Version', row.version));
  return values;
}
