// Cross-check: buildCatalogs on test/fixtures/win10-x64-values-damaged.reg (read with the core .reg reader) in both engines.
import { host } from '../../../src/host/host.js';
import { parseRegFile, regFileToSnapshot } from '../../../src/core/formats/reg/reader.js';
import { buildCatalogs } from '../../../src/core/catalog/build-catalogs.js';
import type { Catalogs } from '../../../src/core/model/catalog.js';

export function main(): Catalogs {
  const file = 'test/fixtures/win10-x64-values-damaged.reg';
  const bytes = host.readFileBytes(`${host.getEnv('W2D_REPO_ROOT')}/${file}`);
  return buildCatalogs(regFileToSnapshot(parseRegFile(bytes)), file, 'reg-file');
}
