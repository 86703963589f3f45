/**
 * The Winsock keys of a healthy machine of one default profile.
 *
 * IDs: installation-dependent on real machines (section 4); here 1001.. in catalog order, with
 * Next_Catalog_Entry_ID one past the last and the same IDs in both catalogs of an x64 machine (a
 * provider installed in both gets the same blob and ID [S10]).
 */

import type { RegistryValue } from '../model/registry.js';
import { encodeDwordValue, encodeMultiStringValue, encodeStringValue } from '../formats/packed/registry-values.js';
import type { DefaultProfile } from './default-profile.js';
import { baseFields, entryKeyName, nameSpaceEntryValues, protocolEntryValues } from './entry-values.js';
import type { CatalogModel, EntryKey, WinsockMachine } from './winsock-machine.js';

/** ReactOS initialises Next_Catalog_Entry_ID to 1001 [S2]. */
export const FIRST_CATALOG_ID = 1001;

function protocolCatalog(keyName: string, p: DefaultProfile): CatalogModel {
  const entries: EntryKey[] = [];
  for (let i = 0; i < p.rows.length; i++) {
    const row = p.rows[i];
    const protocolName = p.vista ? row.protocolNameValue : undefined;
    entries.push({ name: entryKeyName(i + 1), values: protocolEntryValues(baseFields(row, FIRST_CATALOG_ID + i), protocolName) });
  }
  return { keyName, entries };
}

function nameSpaceCatalog(keyName: string, p: DefaultProfile): CatalogModel {
  const entries: EntryKey[] = [];
  for (let i = 0; i < p.nameSpaces.length; i++) {
    entries.push({ name: entryKeyName(i + 1), values: nameSpaceEntryValues(p.nameSpaces[i], p.vista) });
  }
  return { keyName, entries };
}

/** The machine model of a healthy profile. */
export function healthyMachine(p: DefaultProfile): WinsockMachine {
  const parameters: RegistryValue[] = [
    encodeStringValue('AutodialDLL', p.autodialDll, false),
    encodeStringValue('Current_NameSpace_Catalog', 'NameSpace_Catalog5', false),
    encodeStringValue('Current_Protocol_Catalog', 'Protocol_Catalog9', false),
    // UNVERIFIED: the real value is not known (ReactOS writes "2.2", LiteBox seeds "2.0"); section 1.1.
    encodeStringValue('WinSock_Registry_Version', '2.0', false),
  ];
  const n = p.rows.length;
  const protocolValues: RegistryValue[] = [encodeDwordValue('Next_Catalog_Entry_ID', FIRST_CATALOG_ID + n), encodeDwordValue('Num_Catalog_Entries', n)];
  const nameSpaceValues: RegistryValue[] = [encodeDwordValue('Num_Catalog_Entries', p.nameSpaces.length)];
  if (p.x64) {
    protocolValues.push(encodeDwordValue('Num_Catalog_Entries64', n));
    nameSpaceValues.push(encodeDwordValue('Num_Catalog_Entries64', p.nameSpaces.length));
  }
  protocolValues.push(encodeDwordValue('Serial_Access_Num', p.protocolSerial));
  nameSpaceValues.push(encodeDwordValue('Serial_Access_Num', p.nameSpaceSerial));
  const protocolCatalogs = [protocolCatalog('Catalog_Entries', p)];
  const nameSpaceCatalogs = [nameSpaceCatalog('Catalog_Entries', p)];
  if (p.x64) {
    protocolCatalogs.push(protocolCatalog('Catalog_Entries64', p));
    nameSpaceCatalogs.push(nameSpaceCatalog('Catalog_Entries64', p));
  }
  return {
    parameters,
    protocolValues,
    protocolCatalogs,
    nameSpaceValues,
    nameSpaceCatalogs,
    legacyValues: [encodeMultiStringValue('Transports', p.transports)],
  };
}
