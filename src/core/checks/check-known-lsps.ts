/** C11: DLLs of known unwanted LSPs (adware, software known to break Winsock), once per DLL and catalog. */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { makeFinding } from './finding-codes.js';
import { catalogNames, dllFileName, protocolEntriesOf } from './catalog-scope.js';

interface KnownLsp {
  /** Lower-case file name, or its start when `prefix`. */
  file: string;
  prefix: boolean;
  product: string;
  why: string;
}

export const KNOWN_UNWANTED_LSPS: KnownLsp[] = [
  { file: 'webhdll.dll', prefix: false, product: 'WebHancer', why: 'adware' },
  { file: 'newdot', prefix: true, product: 'New.Net', why: 'adware' },
  { file: 'cnmib.dll', prefix: false, product: 'CommonName', why: 'adware' },
  { file: 'vmain.dll', prefix: false, product: 'NewtonKnows', why: 'adware' },
  { file: 'lavasofttcpservice', prefix: true, product: 'Lavasoft Web Companion', why: 'browser hijacker, known to break Winsock' },
  { file: 'asproxy', prefix: true, product: 'Astrill VPN', why: 'VPN LSP, known to break applications' },
  { file: 'sangfortcp', prefix: true, product: 'Sangfor VPN', why: 'VPN LSP, known to break applications' },
  { file: 'wpclsp.dll', prefix: false, product: 'Windows Vista Parental Controls', why: 'some applications reset Winsock when they see it' },
];

export function knownUnwantedLsp(path: string): KnownLsp | undefined {
  const file = dllFileName(path);
  return KNOWN_UNWANTED_LSPS.find((k) => (k.prefix ? file.startsWith(k.file) : file === k.file));
}

export function checkKnownLsps(c: Catalogs, out: Finding[]): void {
  // Entries share a few DLLs: each path is looked up once (PowerShell pays per call).
  const byPath = new Map<string, KnownLsp | null>();
  for (const name of catalogNames(c, true)) {
    const reported = new Map<string, boolean>();
    for (const e of protocolEntriesOf(c, name)) {
      let known = byPath.get(e.libraryPath);
      if (known === undefined) {
        known = knownUnwantedLsp(e.libraryPath) ?? null;
        byPath.set(e.libraryPath, known);
      }
      if (known === null || reported.has(known.file)) continue;
      reported.set(known.file, true);
      out.push(makeFinding('W2D2020', name, e.key, e.catalogEntryId, [e.protocolName, String(e.catalogEntryId), known.product, known.why]));
    }
  }
}
