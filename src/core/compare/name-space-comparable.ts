/**
 * A name-space entry for the comparison. Identity: provider GUID and name space. An entry lacking
 * its ProviderId or SupportedNameSpace value has no known identity (incomplete).
 */
import type { NameSpaceEntry } from '../model/catalog.js';
import type { ComparableEntry } from './types.js';
import { booleanText, numberText, quotedText } from './display-text.js';

export function nameSpaceComparable(e: NameSpaceEntry): ComparableEntry {
  const missing = e.missingValues ?? [];
  return {
    catalog: e.catalog,
    key: e.key,
    catalogEntryId: null,
    name: e.displayString,
    providerId: e.providerId,
    identity: `${e.providerId}|${e.nameSpace}`,
    incomplete: missing.includes('ProviderId') || missing.includes('SupportedNameSpace'),
    fields: [
      { field: 'providerId', value: e.providerId },
      { field: 'nameSpace', value: String(e.nameSpace) },
      { field: 'displayString', value: quotedText(e.displayString) },
      { field: 'libraryPath', value: quotedText(e.libraryPath) },
      { field: 'enabled', value: booleanText(e.enabled) },
      { field: 'version', value: String(e.version) },
      { field: 'addressFamily', value: numberText(e.addressFamily) },
      { field: 'storesServiceClassInfo', value: booleanText(e.storesServiceClassInfo) },
      { field: 'providerInfoHex', value: quotedText(e.providerInfoHex) },
      { field: 'missingValues', value: missing.length === 0 ? '(none)' : missing.join(', ') },
    ],
  };
}
