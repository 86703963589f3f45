/**
 * Every check, in report order: structure (counters, keys, items, writer locks), IDs and chains,
 * providers, provider DLLs, name spaces, known LSPs, KB811259 Method 2, legacy key, Tcpip helper and
 * AutodialDLL. Each check appends its findings; each treats every catalog on its own.
 */
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { checkCounters } from './check-counters.js';
import { checkEntryKeys } from './check-entry-keys.js';
import { checkItemSize } from './check-item-size.js';
import { checkCatalogIds } from './check-catalog-ids.js';
import { checkChains } from './check-chains.js';
import { checkUnusedLayered } from './check-unused-layered.js';
import { checkBaseProviders } from './check-base-providers.js';
import { checkDllPaths } from './check-dll-paths.js';
import { checkNameSpaces } from './check-name-spaces.js';
import { checkKnownLsps } from './check-known-lsps.js';
import { checkIfs } from './check-ifs.js';
import { checkMsinfoHeadings } from './check-msinfo-headings.js';
import { checkLegacyKey } from './check-legacy-key.js';
import { checkLockKeys } from './check-lock-keys.js';
import { checkProviderDlls } from './check-provider-dlls.js';
import { checkTcpipHelper } from './check-tcpip-helper.js';
import { detectOsProfile } from './os-profile.js';
import type { CheckOptions } from './check-options.js';

/**
 * `osProfile` defaults to the profile detected from the data (os-profile.ts); `options` to no file
 * checks and no facts from outside the Winsock keys.
 */
export function runChecks(catalogs: Catalogs, osProfile?: string, options?: CheckOptions): Finding[] {
  const out: Finding[] = [];
  const facts = options === undefined ? null : options.facts;
  const profile = osProfile ?? detectOsProfile(catalogs, facts);
  checkCounters(catalogs, out); // C1, C2
  checkEntryKeys(catalogs, out); // C3
  checkItemSize(catalogs, out); // C4
  checkLockKeys(catalogs, out); // C13
  checkCatalogIds(catalogs, out); // C7
  checkChains(catalogs, out); // C8
  checkUnusedLayered(catalogs, out); // C9
  checkBaseProviders(catalogs, profile, out); // C10 (IPv6 where the profile has it)
  checkDllPaths(catalogs, out); // C6
  checkProviderDlls(catalogs, options !== undefined && options.checkFiles, out); // C5
  checkNameSpaces(catalogs, out); // C12
  checkKnownLsps(catalogs, out); // C11
  checkMsinfoHeadings(catalogs, profile, out); // KB811259 Method 2 (XP only)
  checkLegacyKey(catalogs, out); // C15 Transports, C14
  checkTcpipHelper(facts, out); // C15 HelperDllName
  checkIfs(catalogs, out); // non-IFS providers (Info)
  return out;
}
