/**
 * The source of Test-Winsock2Catalog: the catalogs (exactly what readCatalogs gives), the facts the
 * source holds outside the Winsock keys (source-facts.ts; null for netsh text), and whether it is the
 * live registry of this computer (the only source whose DLLs can be looked for on this disk).
 *
 * Same recognition as readCatalogFile (src/core/sources/read-catalogs.ts), reading each file once;
 * test/checks/source-facts.test.ts asserts that the catalogs equal readCatalogs' on every fixture.
 */
import { host } from '../../host/host.js';
import type { Catalogs } from '../model/catalog.js';
import type { RegistrySnapshot } from '../model/registry.js';
import { parseRegFile, regFileToSnapshot } from '../formats/reg/reader.js';
import { buildCatalogs } from '../catalog/build-catalogs.js';
import { parseNetshCatalog } from '../formats/netsh/reader.js';
import { snapshotFromJson } from '../formats/json/snapshot.js';
import { readCatalogs } from '../sources/read-catalogs.js';
import { REGISTRY_IMAGE_VARIABLE } from '../about.js';
import { sourceFactsOf } from '../checks/source-facts.js';
import type { SourceFacts } from '../checks/source-facts.js';

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
  const bytes = host.readFileBytes(path);
  const text = host.decodeText(bytes).text;
  const start = text.trimStart();
  if (start.startsWith('Windows Registry Editor') || start.startsWith('REGEDIT4')) {
    return fromSnapshot(regFileToSnapshot(parseRegFile(bytes)), path, 'reg-file');
  }
  if (start.startsWith('{')) return fromSnapshot(snapshotFromJson(text).snapshot, path, 'json');
  return { catalogs: parseNetshCatalog(text, path), facts: null, live: false };
}

/** The source named by `path`, else the registry image of WINSOCK2DOCTOR_REGISTRY, else this computer. */
export function readTestSource(path?: string): TestSource {
  if (path !== undefined && path !== '') return readTestSourceFile(path);
  const image = host.getEnv(REGISTRY_IMAGE_VARIABLE);
  if (image !== undefined && image !== '') {
    const read = readTestSourceFile(image);
    return { catalogs: { ...read.catalogs, source: `registry image ${image}` }, facts: read.facts, live: false };
  }
  // This computer's registry (readCatalogs says why when it cannot be read here). Facts from outside
  // the Winsock keys come with the live-registry primitive.
  return { catalogs: readCatalogs(), facts: null, live: true };
}
