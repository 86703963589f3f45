/**
 * Every check, in report order: structure (counters, keys, items), IDs and chains, providers, name
 * spaces, known LSPs, KB811259 Method 2, legacy key and AutodialDLL. Each check appends its findings; each treats every catalog on its own.
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
import { detectOsProfile } from './os-profile.js';

/** `osProfile` defaults to the profile detected from the data (os-profile.ts). */
export function runChecks(catalogs: Catalogs, osProfile?: string): Finding[] {
  const out: Finding[] = [];
  const profile = osProfile ?? detectOsProfile(catalogs);
  checkCounters(catalogs, out); // C1, C2
  checkEntryKeys(catalogs, out); // C3
  checkItemSize(catalogs, out); // C4
  checkCatalogIds(catalogs, out); // C7
  checkChains(catalogs, out); // C8
  checkUnusedLayered(catalogs, out); // C9
  checkBaseProviders(catalogs, out); // C10
  checkDllPaths(catalogs, out); // C6
  checkNameSpaces(catalogs, out); // C12
  checkKnownLsps(catalogs, out); // C11
  checkMsinfoHeadings(catalogs, profile, out); // KB811259 Method 2 (XP only)
  checkLegacyKey(catalogs, out); // C15, C14
  checkIfs(catalogs, out); // non-IFS providers (Info)
  return out;
}
