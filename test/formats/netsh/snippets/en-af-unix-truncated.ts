// Cross-check: en-af-unix-truncated.txt read in Node and in pwsh must give identical JSON.
import { parseNetshCatalog } from '../../../../src/core/formats/netsh/reader.js';
import type { Catalogs } from '../../../../src/core/model/catalog.js';
import { readNetshFixture } from './fixture.js';

export function main(): Catalogs {
  return parseNetshCatalog(readNetshFixture('en-af-unix-truncated.txt'), 'en-af-unix-truncated.txt');
}
