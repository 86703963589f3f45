// Cross-check: a capture without (32) rows read as one from 32-bit Windows (unmarkedBitness 32).
import { parseNetshCatalog } from '../../../../src/core/formats/netsh/reader.js';
import type { Catalogs } from '../../../../src/core/model/catalog.js';
import { readNetshFixture } from './fixture.js';

export function main(): Catalogs {
  return parseNetshCatalog(readNetshFixture('en-lavasoft-no32.txt'), 'en-lavasoft-no32.txt', 32);
}
