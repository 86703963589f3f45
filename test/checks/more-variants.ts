/**
 * The variant files of snippets/more-checks-variants.ts, written into a folder, and a stand-in
 * SystemRoot holding every DLL the Windows 10 fixture names except SysWOW64\mswsock.dll (the 32-bit
 * catalog's MSAFD rows) and System32\winrnr.dll (the 64-bit NTDS name-space provider).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeDwordValue, encodeStringValue, binaryValue } from '../../src/core/formats/packed/registry-values.js';
import { readCatalogs } from '../../src/core/sources/read-catalogs.js';
import { expandCatalogPath } from '../../src/host/node/expandCatalogPath.js';
import { repoRoot } from '../../tools/toolchain.js';
import { addKey, cloneSnapshot, NAMESPACE_CATALOG, PRODUCT_OPTIONS, PROTOCOL_CATALOG, readFixture, removeProtocolEntries, SERVICES, writeSnapshot } from './snapshot-edits.js';

const AF_INET6 = 23;

export function writeMoreVariants(dir: string): void {
  const win7 = readFixture('win7-x64.reg');
  const win10 = readFixture('win10-x64.reg');
  const server = readFixture('server2022.reg');
  const xp = readFixture('xp-sp2-tcpip.reg');

  // IPv6: every TCP and UDP base provider over IPv6 (MSAFD and RSVP) gone from the 64-bit catalog
  // (keys renumbered, count fixed; RSVP rows are base providers of the same triples too).
  const noIpv6 = cloneSnapshot(win7);
  const removed = removeProtocolEntries(noIpv6, 'Catalog_Entries64', (f) => f !== undefined && f.addressFamily === AF_INET6 && f.chainLen === 1 && (f.protocol === 6 || f.protocol === 17));
  if (removed !== 4) throw new Error(`expected to remove 4 IPv6 rows, removed ${removed}`);
  writeSnapshot(noIpv6, path.join(dir, 'win7-no-ipv6.reg'));

  // C13: lock keys under both catalog keys (8 hex digits), and a subkey that is no lock.
  const locks = cloneSnapshot(win10);
  addKey(locks, `${PROTOCOL_CATALOG}\\00000023`);
  addKey(locks, `${NAMESPACE_CATALOG}\\0000000b`);
  addKey(locks, `${PROTOCOL_CATALOG}\\Backup0001`);
  writeSnapshot(locks, path.join(dir, 'win10-lock-keys.reg'));

  // C15: Services\Tcpip with Parameters\Winsock but no HelperDllName; without the Winsock key; healthy.
  const mapping = binaryValue('Mapping', new Uint8Array([2, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 6, 0, 0, 0]));
  const noHelper = cloneSnapshot(win10);
  addKey(noHelper, `${SERVICES}\\Tcpip`);
  addKey(noHelper, `${SERVICES}\\Tcpip\\Parameters`, [encodeStringValue('Hostname', 'W10', false)]);
  addKey(noHelper, `${SERVICES}\\Tcpip\\Parameters\\Winsock`, [mapping, encodeDwordValue('MaxSockAddrLength', 16)]);
  // Tcpip6 has its own helper key: a healthy one must not hide the missing Tcpip value.
  addKey(noHelper, `${SERVICES}\\Tcpip6\\Parameters\\Winsock`, [encodeStringValue('HelperDllName', '%SystemRoot%\\System32\\wship6.dll', true)]);
  writeSnapshot(noHelper, path.join(dir, 'win10-tcpip-no-helper.reg'));
  const noWinsockKey = cloneSnapshot(win10);
  addKey(noWinsockKey, `${SERVICES}\\Tcpip\\Parameters`, [encodeStringValue('Hostname', 'W10', false)]);
  writeSnapshot(noWinsockKey, path.join(dir, 'win10-tcpip-no-winsock-key.reg'));
  const helperOk = cloneSnapshot(win10);
  addKey(helperOk, `${SERVICES}\\Tcpip\\Parameters\\Winsock`, [encodeStringValue('HelperDllName', '%SystemRoot%\\System32\\wshtcpip.dll', true), mapping]);
  writeSnapshot(helperOk, path.join(dir, 'win10-tcpip-helper-ok.reg'));

  // OS profile from Control\ProductOptions ProductType.
  const product = (base: typeof win10, type: string, file: string) => {
    const s = cloneSnapshot(base);
    addKey(s, PRODUCT_OPTIONS, [encodeStringValue('ProductType', type, false)]);
    writeSnapshot(s, path.join(dir, file));
  };
  product(win10, 'ServerNT', 'win10-servernt.reg');
  product(server, 'LanmanNT', 'server2022-lanmannt.reg');
  product(win10, 'WinNT', 'win10-winnt.reg');
  product(xp, 'ServerNT', 'xp-servernt.reg');
}

/**
 * A stand-in Windows directory: every DLL of the Windows 10 fixture, expanded as each catalog would
 * (SystemRoot = `root`), except SysWOW64\mswsock.dll and System32\winrnr.dll.
 */
export function writeSystemRoot(root: string): void {
  const saved = process.env.SystemRoot;
  process.env.SystemRoot = root;
  try {
    const c = readCatalogs(path.join(repoRoot, 'test', 'fixtures', 'win10-x64.reg'));
    const paths = [
      ...c.protocolEntries.map((e) => expandCatalogPath(e.libraryPath, e.catalog === 'Protocol32' ? 32 : 64)),
      ...c.nameSpaceEntries.map((e) => expandCatalogPath(e.libraryPath, e.catalog === 'NameSpace32' ? 32 : 64)),
    ];
    for (const p of new Set(paths)) {
      const file = p.replaceAll('\\', '/');
      const lower = file.toLowerCase();
      if (lower.endsWith('/syswow64/mswsock.dll') || lower.endsWith('/system32/winrnr.dll')) continue;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, 'MZ');
    }
  } finally {
    if (saved === undefined) delete process.env.SystemRoot;
    else process.env.SystemRoot = saved;
  }
}

/** What snippets/more-checks-variants.ts gives for each run: name, profile, DllCheck, the distinct finding IDs. */
export const MORE_VARIANTS_EXPECTED = [
  'win7-no-ipv6: Vista7 NotChecked W2D2028',
  'win7-no-ipv6 -OsProfile XP: XP NotChecked W2D2021,W2D2023',
  'win7-no-ipv6 -OsProfile auto: Vista7 NotChecked W2D2028',
  'win10-lock-keys: Win8to11 NotChecked W2D2029',
  'win10-tcpip-no-helper: Win8to11 NotChecked W2D2030',
  'win10-tcpip-no-winsock-key: Win8to11 NotChecked W2D2030',
  'win10-tcpip-helper-ok: Win8to11 NotChecked ',
  'win10-servernt: Server NotChecked ',
  'server2022-lanmannt: Server NotChecked ',
  'win10-winnt: Win8to11 NotChecked ',
  'xp-servernt: XP NotChecked ',
  'server2022 -OsProfile server: Server NotChecked ',
  'win10 checkFiles true: Win8to11 Checked W2D2026,W2D2027',
  'win10 checkFiles false: Win8to11 NotChecked ',
];
