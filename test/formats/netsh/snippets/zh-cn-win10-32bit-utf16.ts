// Cross-check: zh-cn-win10-32bit.utf16.txt read in Node and in pwsh must give identical JSON.
import { parseNetshCatalog } from '../../../../src/core/formats/netsh/reader.js';
import type { Catalogs } from '../../../../src/core/model/catalog.js';
import { readNetshFixture } from './fixture.js';

export function main(): Catalogs {
  return parseNetshCatalog(readNetshFixture('zh-cn-win10-32bit.utf16.txt'), 'zh-cn-win10-32bit.utf16.txt');
}
