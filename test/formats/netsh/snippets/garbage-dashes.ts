// Cross-check: garbage-dashes.txt read in Node and in pwsh must give identical JSON.
import { parseNetshCatalog } from '../../../../src/core/formats/netsh/reader.js';
import type { Catalogs } from '../../../../src/core/model/catalog.js';
import { readNetshFixture } from './fixture.js';

export function main(): Catalogs {
  return parseNetshCatalog(readNetshFixture('garbage-dashes.txt'), 'garbage-dashes.txt');
}
