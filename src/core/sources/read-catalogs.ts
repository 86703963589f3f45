/**
 * Reads the Winsock catalogs from wherever they are: a saved source named by path (.reg export or
 * backup, a Winsock2Doctor JSON registry snapshot, netsh text in any language), or this machine (the registry image named by
 * WINSOCK2DOCTOR_REGISTRY, else the live registry on Windows through the registry store).
 */
import { host } from '../../host/host.js';
import type { Catalogs } from '../model/catalog.js';
import { buildCatalogs } from '../catalog/build-catalogs.js';
import { parseNetshCatalog } from '../formats/netsh/reader.js';
import { readSourceFile } from './read-source-file.js';
import { REGISTRY_IMAGE_VARIABLE } from '../about.js';
import { openMachineRegistry, readRegistryTrees } from '../registry/registry-store.js';
import { WINSOCK2_KEY, WINSOCK_KEY } from '../registry/winsock-keys.js';

/** W2D1900: no source: not Windows, no -Path and no registry image. */
export const W2D1900_NO_SOURCE = 'W2D1900';

/** The catalogs of a source file: the format is recognised from its content, not its name. */
export function readCatalogFile(path: string): Catalogs {
  const file = readSourceFile(path);
  if (file.snapshot === null) return parseNetshCatalog(file.text, path);
  return buildCatalogs(file.snapshot, path, file.kind);
}

/** The catalogs of `path`, or of this machine when no path is given. */
export function readCatalogs(path?: string): Catalogs {
  if (path !== undefined && path !== '') return readCatalogFile(path);
  const image = host.getEnv(REGISTRY_IMAGE_VARIABLE);
  if (image !== undefined && image !== '') {
    const catalogs = readCatalogFile(image);
    return { ...catalogs, source: `registry image ${image}` };
  }
  if (host.platform() === 'Windows') {
    const live = readRegistryTrees(openMachineRegistry(0), [WINSOCK2_KEY, WINSOCK_KEY]);
    return buildCatalogs(live, `registry of ${host.computerName()}`, 'registry');
  }
  throw new Error(
    `${W2D1900_NO_SOURCE}: there is no live registry to read on ${host.platform()}: give -Path (a .reg export or netsh text), or set ${REGISTRY_IMAGE_VARIABLE} to a .reg file that stands in for HKLM`,
  );
}
