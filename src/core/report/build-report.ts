/**
 * The verdict on a set of catalogs and its flat Report (Winsock2Doctor.Report).
 *
 * Verdict rule, first match wins:
 *   Corrupted          any Error finding (Winsock fails or is unsafe);
 *   Degraded           any Warning finding;
 *   ThirdPartyPresent  an LSP (layered or chain entry) or a provider DLL that is not one of Windows' own;
 *   Healthy            otherwise. Info findings never change the verdict.
 *
 * DllCheck says whether provider DLLs were looked for (C5): 'Checked' only for the live catalogs of
 * this computer, 'NotChecked' for every saved source or registry image (their files are elsewhere).
 */
import { host } from '../../host/host.js';
import type { Catalogs } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { runChecks } from '../checks/index.js';
import { isMicrosoftDll } from '../checks/catalog-scope.js';
import { resolveOsProfile } from '../checks/os-profile.js';
import type { SourceFacts } from '../checks/source-facts.js';
import { readTestSource } from './read-test-source.js';

export type Verdict = 'Healthy' | 'ThirdPartyPresent' | 'Degraded' | 'Corrupted';

export interface Report {
  computerName: string;
  source: string;
  osProfile: string;
  verdict: Verdict;
  errors: number;
  warnings: number;
  infos: number;
  protocol64Entries: number;
  protocol32Entries: number;
  nameSpace64Entries: number;
  nameSpace32Entries: number;
  /** Layered (ChainLen 0) entries: installed LSPs, counted per catalog. */
  lsps: number;
  /** 'Checked' when provider DLLs were looked for on this computer, 'NotChecked' otherwise. */
  dllCheck: string;
  summary: string;
}

export interface TestResult {
  report: Report;
  findings: Finding[];
}

/** true when an LSP or a provider DLL other than Windows' own is in the catalogs. */
export function hasThirdParty(c: Catalogs): boolean {
  // Entries share a few DLLs: each path is judged once (PowerShell pays per call).
  const foreign = new Map<string, boolean>();
  for (const e of c.protocolEntries) {
    if (e.incomplete === true) continue;
    if (e.entryType !== 'Base') return true;
    if (isForeignDll(e.libraryPath, foreign)) return true;
  }
  for (const e of c.nameSpaceEntries) {
    if (isForeignDll(e.libraryPath, foreign)) return true;
  }
  return false;
}

function isForeignDll(path: string, seen: Map<string, boolean>): boolean {
  let foreign = seen.get(path);
  if (foreign === undefined) {
    foreign = path !== '' && !isMicrosoftDll(path);
    seen.set(path, foreign);
  }
  return foreign;
}

function plural(n: number, word: string): string {
  return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}

export function buildReport(catalogs: Catalogs, findings: Finding[], computerName: string, osProfile?: string, dllsChecked?: boolean): Report {
  // Plain loops, not filter(...).length: PowerShell pays for every callback.
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'Error') errors++;
    else if (f.severity === 'Warning') warnings++;
    else if (f.severity === 'Info') infos++;
  }
  let lsps = 0;
  let protocol64 = 0;
  let protocol32 = 0;
  for (const e of catalogs.protocolEntries) {
    if (e.entryType === 'Layered' && e.incomplete !== true) lsps++;
    if (e.catalog === 'Protocol64') protocol64++;
    else if (e.catalog === 'Protocol32') protocol32++;
  }
  let nameSpace64 = 0;
  let nameSpace32 = 0;
  for (const e of catalogs.nameSpaceEntries) {
    if (e.catalog === 'NameSpace64') nameSpace64++;
    else if (e.catalog === 'NameSpace32') nameSpace32++;
  }
  let verdict: Verdict = 'Healthy';
  if (errors > 0) verdict = 'Corrupted';
  else if (warnings > 0) verdict = 'Degraded';
  else if (hasThirdParty(catalogs)) verdict = 'ThirdPartyPresent';
  const problem = findings.find((f) => f.severity !== 'Info');
  let summary: string = `${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')}; LSP layered entries: ${lsps}`;
  if (problem !== undefined) summary += `; first: ${problem.id} ${problem.message}`;
  else if (verdict === 'ThirdPartyPresent') summary += '; third-party providers are installed and consistent';
  return {
    computerName,
    source: catalogs.source,
    osProfile: osProfile ?? 'unknown',
    verdict,
    errors,
    warnings,
    infos,
    protocol64Entries: protocol64,
    protocol32Entries: protocol32,
    nameSpace64Entries: nameSpace64,
    nameSpace32Entries: nameSpace32,
    lsps,
    dllCheck: dllsChecked === true ? 'Checked' : 'NotChecked',
    summary,
  };
}

/**
 * The diagnosis of decoded catalogs: the profile (`osProfile` given, or detected), every check, the
 * report. `checkFiles` looks for provider DLLs on this disk (only for this computer's live catalogs).
 */
export function diagnose(catalogs: Catalogs, facts: SourceFacts | null, computerName: string, checkFiles: boolean, osProfile?: string): TestResult {
  const profile = resolveOsProfile(catalogs, facts, osProfile);
  const findings = runChecks(catalogs, profile, { checkFiles, facts });
  return { report: buildReport(catalogs, findings, computerName, profile, checkFiles), findings };
}

/**
 * Test-Winsock2Catalog: reads the catalogs (a saved source by path, else this machine), runs every
 * check against `osProfile` (a profile of os-profile.ts; undefined, '' or 'Auto': detected) and
 * returns the report, with the findings only when `detailed` (parameters in the order of the cmdlet's). The computer name is this computer's
 * only when the live catalogs (or their registry image) were read; '' for a saved source.
 */
export function testCatalog(path?: string, detailed?: boolean, osProfile?: string): TestResult {
  const source = readTestSource(path);
  const offline = path !== undefined && path !== '';
  const result = diagnose(source.catalogs, source.facts, offline ? '' : host.computerName(), source.live, osProfile);
  return { report: result.report, findings: detailed === true ? result.findings : [] };
}
