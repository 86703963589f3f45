/** What the checks may do and know besides the catalogs. */
import type { SourceFacts } from './source-facts.js';

export interface CheckOptions {
  /**
   * Look for the provider DLLs on this computer's disk (C5). Only for the live catalogs of this
   * computer: a saved source or a registry image stands for a machine whose files are not here, so
   * its DLLs are "not checked", never "missing".
   */
  checkFiles: boolean;
  /** Facts from outside the Winsock keys (Tcpip helper, product type), or null when the source has none (netsh text). */
  facts: SourceFacts | null;
}
