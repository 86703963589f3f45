/**
 * Reads the Winsock catalogs from wherever they are: a saved source named by path (.reg export or
 * backup, a Winsock2Doctor JSON registry snapshot, netsh text in any language), or this machine (the registry image named by
 * WINSOCK2DOCTOR_REGISTRY; the live registry on Windows comes with the registry primitive).
 */
import { host } from '../../host/host.js';
import type { Catalogs } from '../model/catalog.js';
import { parseRegFile, regFileToSnapshot } from '../formats/reg/reader.js';
import { buildCatalogs } from '../catalog/build-catalogs.js';
import { parseNetshCatalog } from '../formats/netsh/reader.js';
import { snapshotFromJson } from '../formats/json/snapshot.js';
import { REGISTRY_IMAGE_VARIABLE } from '../about.js';

/** W2D1900: no source: not Windows, no -Path and no registry image. */
export const W2D1900_NO_SOURCE = 'W2D1900';
/** W2D1901: on Windows without -Path: reading the live registry is not available yet. */
export const W2D1901_LIVE_REGISTRY_PENDING = 'W2D1901';

/** The catalogs of a source file: the format is recognised from its content, not its name. */
export function readCatalogFile(path: string): Catalogs {
  const bytes = host.readFileBytes(path);
  const text = host.decodeText(bytes).text;
  const start = text.trimStart();
  if (start.startsWith('Windows Registry Editor') || start.startsWith('REGEDIT4')) {
    return buildCatalogs(regFileToSnapshot(parseRegFile(bytes)), path, 'reg-file');
  }
  if (start.startsWith('{')) {
    return buildCatalogs(snapshotFromJson(text).snapshot, path, 'json');
  }
  return parseNetshCatalog(text, path);
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
    // The live-registry primitive arrives with backup and repair (issue 6); until then, say how to
    // give the same data by hand.
    throw new Error(
      `${W2D1901_LIVE_REGISTRY_PENDING}: this version cannot read the live registry yet: export it with 'reg export HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2 winsock2.reg' and give -Path winsock2.reg`,
    );
  }
  throw new Error(
    `${W2D1900_NO_SOURCE}: there is no live registry to read on ${host.platform()}: give -Path (a .reg export or netsh text), or set ${REGISTRY_IMAGE_VARIABLE} to a .reg file that stands in for HKLM`,
  );
}
