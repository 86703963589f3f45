/**
 * The source of Test-Winsock2Catalog: the catalogs (exactly what readCatalogs gives), the facts the
 * source holds outside the Winsock keys (source-facts.ts; null for netsh text), and whether it is the
 * live registry of this computer (the only source whose DLLs can be looked for on this disk).
 *
 * Files: the same recognition as readCatalogFile (src/core/sources/read-catalogs.ts), reading each
 * file once; test/checks/more-checks.test.ts asserts that the catalogs equal readCatalogs' on every
 * fixture. The live registry (Windows): the Winsock keys readCatalogs reads plus Tcpip\Parameters\
 * Winsock and Control\ProductOptions (not testable off Windows).
 */
import { host } from '../../host/host.js';
import type { Catalogs } from '../model/catalog.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { buildCatalogs } from '../catalog/build-catalogs.js';
import { parseNetshCatalog } from '../formats/netsh/reader.js';
import { readCatalogs } from '../sources/read-catalogs.js';
import { readSourceFile } from '../sources/read-source-file.js';
import { REGISTRY_IMAGE_VARIABLE } from '../about.js';
import { sourceFactsOf } from '../checks/source-facts.js';
import { describeRegistryStore, openMachineRegistry, readRegistryTrees } from '../registry/registry-store.js';
import { WINSOCK2_KEY, WINSOCK_KEY } from '../registry/winsock-keys.js';
import type { SourceFacts } from '../checks/source-facts.js';

const TCPIP_WINSOCK_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Winsock';
const PRODUCT_OPTIONS_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions';

export interface TestSource {
  catalogs: Catalogs;
  facts: SourceFacts | null;
  /** true only for the live registry of this computer (not a file, not a registry image). */
  live: boolean;
}

function fromSnapshot(snapshot: RegistrySnapshot, path: string, kind: string): TestSource {
  return { catalogs: buildCatalogs(snapshot, path, kind), facts: sourceFactsOf(snapshot), live: false };
}

export function readTestSourceFile(path: string): TestSource {
  const file = readSourceFile(path);
  if (file.snapshot === null) return { catalogs: parseNetshCatalog(file.text, path), facts: null, live: false };
  return fromSnapshot(file.snapshot, path, file.kind);
}

/** The source named by `path`, else the registry image of WINSOCK2DOCTOR_REGISTRY, else this computer. */
export function readTestSource(path?: string): TestSource {
  if (path !== undefined && path !== '') return readTestSourceFile(path);
  const image = host.getEnv(REGISTRY_IMAGE_VARIABLE);
  if (image !== undefined && image !== '') {
    const read = readTestSourceFile(image);
    return { catalogs: { ...read.catalogs, source: `registry image ${image}` }, facts: read.facts, live: false };
  }
  if (host.platform() === 'Windows') {
    // The Winsock keys as readCatalogs reads them, plus the two small trees the facts need.
    const store = openMachineRegistry(0);
    const snapshot = readRegistryTrees(store, [WINSOCK2_KEY, WINSOCK_KEY, TCPIP_WINSOCK_KEY, PRODUCT_OPTIONS_KEY]);
    const facts = sourceFactsOf(snapshot);
    // Windows always has Services\Tcpip; only its Parameters\Winsock subtree is read (Tcpip\Parameters is large).
    return { catalogs: buildCatalogs(snapshot, describeRegistryStore(store), 'registry'), facts: { ...facts, tcpipKey: true }, live: true };
  }
  // No registry here: readCatalogs says so (W2D1900).
  return { catalogs: readCatalogs(), facts: null, live: true };
}
