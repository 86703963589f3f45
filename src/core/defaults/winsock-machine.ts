/**
 * A model of one machine's Winsock keys (the legacy Winsock key and WinSock2 with its catalogs), the
 * shape the default catalogs are built in before renderMachine turns them into a RegistrySnapshot.
 * The fixture builder (test/fixtures/build) derives its damaged variants from it.
 */

import type { RegistryValue } from '../model/registry.js';
import { WINSOCK2_KEY, WINSOCK_KEY } from '../registry/winsock-keys.js';

/** Parents up to this key are written as keys of their own; it and its own parents are not. */
export const SERVICES_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services';
export const WINSOCK2_PARAMETERS_KEY = `${WINSOCK2_KEY}\\Parameters`;
export const PROTOCOL_CATALOG_KEY = `${WINSOCK2_PARAMETERS_KEY}\\Protocol_Catalog9`;
export const NAMESPACE_CATALOG_KEY = `${WINSOCK2_PARAMETERS_KEY}\\NameSpace_Catalog5`;
export const LEGACY_WINSOCK_PARAMETERS_KEY = `${WINSOCK_KEY}\\Parameters`;

export interface EntryKey {
  /** The 12-digit key name. */
  name: string;
  values: RegistryValue[];
}

export interface CatalogModel {
  /** 'Catalog_Entries' (32-bit, or the only catalog) or 'Catalog_Entries64'. */
  keyName: string;
  entries: EntryKey[];
}

export interface WinsockMachine {
  /** WinSock2\Parameters values. */
  parameters: RegistryValue[];
  /** Protocol_Catalog9 values (counters). */
  protocolValues: RegistryValue[];
  protocolCatalogs: CatalogModel[];
  nameSpaceValues: RegistryValue[];
  nameSpaceCatalogs: CatalogModel[];
  /** Winsock\Parameters values, or null for no legacy key. */
  legacyValues: RegistryValue[] | null;
}
