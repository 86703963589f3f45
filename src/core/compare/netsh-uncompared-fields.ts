/**
 * Fields netsh text cannot hold (see the limitations of the netsh reader): left out when either side
 * of a comparison is netsh text, so a capture compares equal to the registry of the same machine.
 * protocolName and displayString are compared only between registry sources: netsh shows the
 * localized display name instead of the stored string.
 */
export const NETSH_UNCOMPARED_PROTOCOL_FIELDS: string[] = [
  'protocolName',
  'displayName',
  'serviceFlags2',
  'serviceFlags3',
  'serviceFlags4',
  'providerFlags',
  'protocolMaxOffset',
  'networkByteOrder',
  'securityScheme',
  'messageSize',
  'providerReserved',
  'itemSize',
];

export const NETSH_UNCOMPARED_NAME_SPACE_FIELDS: string[] = [
  'displayString',
  'libraryPath',
  'addressFamily',
  'storesServiceClassInfo',
  'providerInfoHex',
  'missingValues',
];
