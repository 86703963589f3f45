/**
 * A synthetic but realistically shaped Winsock registry snapshot (not a snippet: imported by snippets
 * and Node tests). Protocol entries carry an 888-byte PackedCatalogItem (mostly zeros, like the real
 * ones) and a ProtocolName; name-space entries the usual values; strings with backslashes, quotes,
 * non-ASCII and (optionally) control characters and lone surrogates. Deterministic for a seed.
 */
import { host } from '../../../../src/host/host.js';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../../../../src/core/model/registry.js';

const ROOT = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters';

/** Park-Miller: the next state (1..2147483646); exact in doubles in both engines. */
export function nextRandom(state: number): number {
  return (state * 48271) % 2147483647;
}

function sz(text: string): Uint8Array {
  const b = host.bytesAlloc(text.length * 2 + 2);
  host.writeUtf16Z(b, 0, b.length, text);
  return b;
}

function dword(n: number): Uint8Array {
  const b = host.bytesAlloc(4);
  host.writeU32LE(b, 0, n);
  return b;
}

function entryKey(i: number): string {
  return `${i}`.padStart(12, '0');
}

/**
 * `protocols` protocol entries in each of Catalog_Entries and Catalog_Entries64, `nameSpaces` name-space
 * entries in each; `odd` adds values with control characters, lone surrogates and unknown types.
 */
export function makeSnapshot(seed: number, protocols: number, nameSpaces: number, odd: boolean): RegistrySnapshot {
  let r = seed;
  const keys: RegistryKey[] = [];
  keys.push({
    path: ROOT,
    values: [
      { name: 'Current_Protocol_Catalog', type: 1, data: sz('Protocol_Catalog9') },
      { name: 'Current_NameSpace_Catalog', type: 1, data: sz('NameSpace_Catalog5') },
      { name: 'AutodialDLL', type: 2, data: sz('C:\\Windows\\System32\\rasadhlp.dll') },
    ],
  });
  for (const suffix of ['', '64']) {
    keys.push({
      path: `${ROOT}\\Protocol_Catalog9`,
      values: [
        { name: 'Serial_Access_Num', type: 4, data: dword(16 + protocols) },
        { name: `Num_Catalog_Entries${suffix}`, type: 4, data: dword(protocols) },
        { name: 'Next_Catalog_Entry_ID', type: 4, data: dword(1001 + protocols) },
      ],
    });
    for (let i = 1; i <= protocols; i++) {
      r = nextRandom(r);
      const item = host.bytesAlloc(888);
      host.writeAnsiZ(item, 0, 260, i % 3 === 0 ? 'C:\\Program Files\\Vendor "LSP"\\lsp64.dll' : '%SystemRoot%\\system32\\mswsock.dll');
      host.writeU32LE(item, 0x104, 0x20066);
      host.writeGuid(item, 0x118, '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}');
      host.writeU32LE(item, 0x128, 1000 + i);
      host.writeU32LE(item, 0x12c, 1);
      host.writeU32LE(item, 0x14c, 2);
      host.writeU32LE(item, 0x150, r % 2 === 0 ? 2 : 23);
      host.writeU32LE(item, 0x154, 16);
      host.writeU32LE(item, 0x158, 16);
      host.writeU32LE(item, 0x15c, 1);
      host.writeU32LE(item, 0x160, 6);
      host.writeUtf16Z(item, 0x178, 512, `MSAFD Tcpip [TCP/IP] Ünïcode ${r}`);
      const values: RegistryValue[] = [
        { name: 'PackedCatalogItem', type: 3, data: item },
        { name: 'ProtocolName', type: 2, data: sz('@%SystemRoot%\\system32\\wshtcpip.dll,-60100') },
      ];
      if (odd && i % 4 === 1) {
        values.push({ name: `ctl\u0001\n\t"${i}"`, type: 1, data: sz(`line1\r\nline2\u0000tail \ud800 lone`) });
        values.push({ name: `\udc00 low`, type: 0x4000 + i, data: dword(r) });
        values.push({ name: 'multi', type: 7, data: sz('a\u0000b\\c\u0000') });
        values.push({ name: 'q', type: 11, data: host.bytesConcat([dword(r), dword(i)]) });
        values.push({ name: 'short dword', type: 4, data: host.bytesAlloc(3) });
      }
      keys.push({ path: `${ROOT}\\Protocol_Catalog9\\Catalog_Entries${suffix}\\${entryKey(i)}`, values });
    }
    keys.push({
      path: `${ROOT}\\NameSpace_Catalog5`,
      values: [
        { name: 'Serial_Access_Num', type: 4, data: dword(4) },
        { name: `Num_Catalog_Entries${suffix}`, type: 4, data: dword(nameSpaces) },
      ],
    });
    for (let i = 1; i <= nameSpaces; i++) {
      r = nextRandom(r);
      const guid = host.bytesAlloc(16);
      host.writeGuid(guid, 0, '{22059D40-7E9E-11CF-AE5A-00AA00A7112B}');
      const info = host.bytesAlloc(48 + (r % 64));
      host.writeU32LE(info, 0, r);
      keys.push({
        path: `${ROOT}\\NameSpace_Catalog5\\Catalog_Entries${suffix}\\${entryKey(i)}`,
        values: [
          { name: 'LibraryPath', type: 2, data: sz('%SystemRoot%\\System32\\NLAapi.dll') },
          { name: 'DisplayString', type: 1, data: sz('@%SystemRoot%\\system32\\nlasvc.dll,-1000') },
          { name: 'ProviderId', type: 3, data: guid },
          { name: 'AddressFamily', type: 4, data: dword(i % 2 === 0 ? 23 : 0) },
          { name: 'SupportedNameSpace', type: 4, data: dword(15) },
          { name: 'Enabled', type: 4, data: dword(1) },
          { name: 'Version', type: 4, data: dword(0) },
          { name: 'StoresServiceClassInfo', type: 4, data: dword(0) },
          { name: 'ProviderInfo', type: 3, data: info },
        ],
      });
    }
  }
  return { keys };
}

/** A small snapshot with one value of every interesting kind and no large blobs (fuzz seed). */
export function makeSmallSnapshot(): RegistrySnapshot {
  const guid = host.bytesAlloc(16);
  host.writeGuid(guid, 0, '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}');
  return {
    keys: [
      {
        path: `${ROOT}\\Protocol_Catalog9`,
        values: [
          { name: 'Serial_Access_Num', type: 4, data: dword(21) },
          { name: '', type: 1, data: sz('default "quoted" \\ value') },
          { name: 'Multi', type: 7, data: sz('one\u0000two\u0000') },
          { name: 'Q', type: 11, data: host.bytesConcat([dword(0xffffffff), dword(2)]) },
          { name: 'Guid', type: 3, data: guid },
          { name: 'Odd\ttab', type: 0x2a, data: host.bytesAlloc(3) },
        ],
      },
      { path: `${ROOT}\\Protocol_Catalog9\\Catalog_Entries64\\000000000001`, values: [] },
    ],
  };
}
