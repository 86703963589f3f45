/**
 * THE finding-code table: every ID a check can report (W2D2001..), its severity, message template
 * ({0}, {1}, ... are filled by the check), the KB811259 symptom it explains and the repair. IDs are
 * permanent: a retired check keeps its ID unused. Pattern numbers (C1..C17) are those of
 * ../shared/reference/winsock-catalog.md section 5.
 */
import type { CatalogName } from '../model/catalog.js';
import type { Finding, Severity } from '../model/finding.js';

export interface FindingCode {
  id: string;
  severity: Severity;
  /** The corruption pattern of the reference (C1..C17), or '' for a notable fact. */
  pattern: string;
  message: string;
  kbSymptom: string;
  repair: string;
}

const NOT_A_SOCKET =
  "ipconfig: 'An operation was attempted on something that is not a socket'; 'Initialization function INITHELPERDLL in IPMONTR.DLL failed to start with error code 10107'; pages cannot be displayed";
const NO_TRAFFIC = "'The page cannot be displayed'; no IP address or APIPA address; IP packets received but not sent";
const RESET = 'Back up the WinSock2 key, then run netsh winsock reset (removes every LSP) and restart the computer.';

export const FINDING_CODES: FindingCode[] = [
  {
    id: 'W2D2001', severity: 'Error', pattern: 'C1',
    message: 'The value {0} is missing from the {1} catalog key; ws2_32 cannot load the catalog without it (WSASYSCALLFAILURE).',
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2002', severity: 'Error', pattern: 'C2',
    message: '{0} says {1} entries but the catalog has {2} entry keys.',
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2003', severity: 'Error', pattern: 'C3',
    message: 'Entry key {0} is missing: the keys must run 000000000001..{1} without gaps (an LSP chain gap).',
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2004', severity: 'Error', pattern: 'C3',
    message: "Entry key '{0}' is not a 12-digit catalog entry number from 000000000001.",
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2005', severity: 'Error', pattern: 'C4',
    message: 'The PackedCatalogItem of entry {0} is {1} bytes, expected 888: the entry is damaged.',
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2006', severity: 'Error', pattern: 'C4',
    message: 'Entry {0} has no PackedCatalogItem value: the entry is empty.',
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2007', severity: 'Error', pattern: 'C7',
    message: 'Catalog entry ID {0} is used by more than one entry ({1} and {2}).',
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2008', severity: 'Warning', pattern: 'C7',
    message: 'Catalog entry ID {0} ({1}) is out of range: {2}.',
    kbSymptom: 'none known (how ws2_32 reacts is unverified)', repair: RESET,
  },
  {
    id: 'W2D2009', severity: 'Error', pattern: 'C8',
    message: "'{0}' has ChainLen {1}, outside 0..7.",
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2010', severity: 'Error', pattern: 'C8',
    message: "Orphaned chain: '{0}' (ID {1}) points at catalog entry {2}, which is not in the catalog (an LSP removed without its chains); sockets of that protocol fail.",
    kbSymptom: NOT_A_SOCKET,
    repair: 'Remove the orphaned chain entries (netsh winsock remove provider <ID> on Vista and later), or back up the WinSock2 key and run netsh winsock reset, then restart.',
  },
  {
    id: 'W2D2011', severity: 'Error', pattern: 'C8',
    message: "Chain '{0}' (ID {1}) starts at entry {2}, which is a {3} entry, not a layered (LSP) entry.",
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2012', severity: 'Error', pattern: 'C8',
    message: "Chain '{0}' (ID {1}) ends at entry {2}, which is a {3} entry, not a base provider.",
    kbSymptom: NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2013', severity: 'Warning', pattern: 'C9',
    message: "Layered entry '{0}' (ID {1}, {2}) is used by no chain: a leftover LSP.",
    kbSymptom: 'none by itself (a sign of an LSP removed or installed incompletely)',
    repair: 'Uninstall the software that owns the LSP, or remove the entry (netsh winsock remove provider <ID>), or run netsh winsock reset.',
  },
  {
    id: 'W2D2014', severity: 'Info', pattern: '',
    message: "'{0}' (ID {1}) is a non-IFS provider (XP1_IFS_HANDLES 0x20000 not set, service flags {2}): its socket handles are not file handles, which breaks ReadFile/WriteFile on sockets and some applications.",
    kbSymptom: 'none',
    repair: 'None needed unless applications fail; then update or uninstall the software that owns the provider.',
  },
  {
    id: 'W2D2015', severity: 'Error', pattern: 'C6',
    message: "'{0}' names the relative DLL path '{1}': Windows loads it by the DLL search order, which malware (ZeroAccess) uses to hijack Winsock.",
    kbSymptom: NOT_A_SOCKET,
    repair: 'Scan the computer for malware, then back up the WinSock2 key and run netsh winsock reset, and restart.',
  },
  {
    id: 'W2D2016', severity: 'Error', pattern: 'C10',
    message: 'The catalog has no base provider for {0} over IPv4 (AF_INET, {1}): {0} sockets cannot be created.',
    kbSymptom: NO_TRAFFIC + '; ' + NOT_A_SOCKET, repair: RESET,
  },
  {
    id: 'W2D2017', severity: 'Error', pattern: 'C12',
    message: "The DNS name-space provider '{0}' (Tcpip, NS_DNS) is disabled: host names cannot be resolved.",
    kbSymptom: "'The page cannot be displayed' while IP addresses still work",
    repair: 'Enable the provider again (restore the WinSock2 key from a backup, or set Enabled = 1 on its name-space entry); netsh winsock reset does not touch name-space providers.',
  },
  {
    id: 'W2D2018', severity: 'Error', pattern: 'C12',
    message: 'The DNS name-space provider (Tcpip {22059D40-7E9E-11CF-AE5A-00AA00A7112B}, NS_DNS) is missing from the catalog: host names cannot be resolved.',
    kbSymptom: "'The page cannot be displayed' while IP addresses still work",
    repair: 'Restore the WinSock2 key from a backup or re-register the name-space providers (KB811259: delete and recreate the WinSock2 key); netsh winsock reset does not touch name-space providers.',
  },
  {
    id: 'W2D2019', severity: 'Error', pattern: 'C12',
    message: "Name-space entry '{0}' lacks required values: {1}.",
    kbSymptom: 'host names may not resolve',
    repair: 'Restore the WinSock2 key from a backup or re-register the name-space provider.',
  },
  {
    id: 'W2D2020', severity: 'Warning', pattern: 'C11',
    message: "'{0}' (ID {1}) belongs to a known unwanted LSP: {2} ({3}).",
    kbSymptom: 'pages cannot be displayed or connections fail when the LSP misbehaves',
    repair: 'Uninstall the software that owns it; if the catalog stays damaged, back up the WinSock2 key and run netsh winsock reset, then restart.',
  },
  {
    id: 'W2D2021', severity: 'Warning', pattern: '',
    message: 'KB811259 Method 2 (XP): the catalog has {0} protocol headings where {2} gives {1}: third-party additions are installed.',
    kbSymptom: 'Msinfo32 shows more than ten sections under Protocol (more than 17 with NWLink IPX/SPX)',
    repair: 'Identify the added providers (the headings not starting with MSAFD); uninstall the software that owns them, or back up the WinSock2 key and run netsh winsock reset, then restart.',
  },
  {
    id: 'W2D2022', severity: 'Error', pattern: '',
    message: 'KB811259 Method 2 (XP): the catalog has {0} protocol headings where {2} gives {1}: information is missing from the WinSock2 key.',
    kbSymptom: 'Msinfo32 shows fewer than ten sections under Protocol (fewer than 17 with NWLink IPX/SPX)',
    repair: RESET,
  },
  {
    id: 'W2D2023', severity: 'Warning', pattern: '',
    message: "KB811259 Method 2 (XP): the heading '{0}' (ID {1}) does not start with MSAFD and is not an RSVP provider: it names a third-party add-on.",
    kbSymptom: "an Msinfo32 Protocol heading where the add-on's name replaces 'MSAFD'",
    repair: 'Uninstall the add-on (proxy or other software) that owns it; if Winsock stays broken, back up the WinSock2 key and run netsh winsock reset, then restart.',
  },
  {
    id: 'W2D2024', severity: 'Error', pattern: 'C15',
    message: "The legacy Winsock\\Parameters Transports list ({0}) has no 'Tcpip': the Windows Sockets DLL finds TCP/IP through it.",
    kbSymptom: NO_TRAFFIC,
    repair: "Restore the Transports value of HKLM\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters (REG_MULTI_SZ, at least 'Tcpip') from a backup or as KB811259 describes, then restart.",
  },
  {
    id: 'W2D2025', severity: 'Warning', pattern: 'C14',
    message: "AutodialDLL is '{0}', not the assumed Windows default (rasadhlp.dll in System32; the default is UNVERIFIED): a replaced AutodialDLL is a known hijack.",
    kbSymptom: 'none known (a foreign DLL is loaded into every process that uses Winsock)',
    repair: 'Scan the computer for malware; set AutodialDLL of HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters back to %SystemRoot%\\System32\\rasadhlp.dll, then restart.',
  },
  {
    id: 'W2D2026', severity: 'Error', pattern: 'C5',
    message: "'{0}' (ID {1}) loads the DLL '{2}', which does not exist (looked for '{3}'): sockets of that provider cannot be created.",
    kbSymptom: "'The requested service provider could not be loaded or initialized' (10106); " + NOT_A_SOCKET,
    repair: 'Reinstall or uninstall the software that owns the provider (netsh winsock remove provider <ID> for a leftover LSP), or back up the WinSock2 key and run netsh winsock reset, then restart.',
  },
  {
    id: 'W2D2027', severity: 'Error', pattern: 'C5',
    message: "The enabled name-space provider '{0}' loads the DLL '{1}', which does not exist (looked for '{2}'): name resolution through it fails.",
    kbSymptom: "'The page cannot be displayed' while IP addresses still work",
    repair: 'Reinstall the software that owns the name-space provider, or restore the WinSock2 key from a backup; netsh winsock reset does not touch name-space providers.',
  },
  {
    id: 'W2D2028', severity: 'Warning', pattern: 'C10',
    message: 'The catalog has no base provider for {0} over IPv6 (AF_INET6, {1}) although the {2} profile has IPv6: {0} sockets over IPv6 cannot be created.',
    kbSymptom: 'IPv6 connections fail (applications that try IPv6 first wait or fail) while IPv4 still works',
    repair: RESET,
  },
  {
    id: 'W2D2029', severity: 'Warning', pattern: 'C13',
    message: "{0} has the subkey '{1}': the writer lock of a catalog change (named after Serial_Access_Num in 8 hex digits; Serial_Access_Num is {2}) that was never removed, so programs reading the catalog may wait for it (ReactOS waits up to 180 s; Windows behaviour is unverified).",
    kbSymptom: 'programs that start Winsock hang or start slowly',
    repair: 'If the source was exported while software was changing the catalog, export it again. Otherwise back up the WinSock2 key, delete the lock subkey and restart (netsh winsock reset also rewrites the catalog).',
  },
  {
    id: 'W2D2030', severity: 'Error', pattern: 'C15',
    message: 'HelperDllName is missing from Services\\Tcpip\\Parameters\\Winsock ({0}): the Windows Sockets DLL cannot load the TCP/IP helper (wshtcpip.dll), so TCP/IP sockets fail.',
    kbSymptom: NOT_A_SOCKET,
    repair: "Restore HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Winsock from a backup (HelperDllName REG_EXPAND_SZ '%SystemRoot%\\System32\\wshtcpip.dll'), or reinstall TCP/IP as KB811259 describes, then restart.",
  },
];

/** The table row of `id` (a programming error when unknown). */
export function findingCode(id: string): FindingCode {
  const code = FINDING_CODES.find((c) => c.id === id);
  if (code === undefined) throw new Error(`unknown finding code ${id}`);
  return code;
}

/** A finding of code `id`, its message template filled with `values` ({0}, {1}, ...). */
export function makeFinding(
  id: string,
  catalog: CatalogName | null,
  entryKey: string | null,
  catalogEntryId: number | null,
  values: string[],
): Finding {
  const code = findingCode(id);
  let message = code.message;
  for (let i = 0; i < values.length; i++) message = message.replaceAll(`{${i}}`, values[i]);
  return { id, severity: code.severity, catalog, entryKey, catalogEntryId, message, kbSymptom: code.kbSymptom, repair: code.repair };
}
