/**
 * Test data only: WinSock2 registry trees shaped like a Windows 10 x64 export (Parameters, the
 * protocol catalog with 888-byte PackedCatalogItems in Catalog_Entries64 and Catalog_Entries,
 * the name-space catalog, AppId_Catalog), built with Node Buffers. The bytes are plausible, not a
 * capture, and nothing here decodes them: the .reg tests only need realistic sizes and shapes.
 */
import { Buffer } from 'node:buffer';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../../../../src/core/model/registry.js';

const ROOT = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters';

export function sz(name: string, text: string): RegistryValue {
  return { name, type: 1, data: new Uint8Array(Buffer.from(`${text}\0`, 'utf16le')) };
}
export function expandSz(name: string, text: string): RegistryValue {
  return { name, type: 2, data: new Uint8Array(Buffer.from(`${text}\0`, 'utf16le')) };
}
export function multiSz(name: string, items: string[]): RegistryValue {
  return { name, type: 7, data: new Uint8Array(Buffer.from(`${items.map((s) => `${s}\0`).join('')}\0`, 'utf16le')) };
}
export function dword(name: string, v: number): RegistryValue {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return { name, type: 4, data: new Uint8Array(b) };
}
export function qword(name: string, v: bigint): RegistryValue {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(v);
  return { name, type: 11, data: new Uint8Array(b) };
}
export function binary(name: string, bytes: Uint8Array | number[], type = 3): RegistryValue {
  return { name, type, data: new Uint8Array(bytes) };
}

function guidBytes(guid: string): Buffer {
  const h = guid.replace(/[{}-]/g, '');
  const b = Buffer.alloc(16);
  b.writeUInt32LE(parseInt(h.slice(0, 8), 16), 0);
  b.writeUInt16LE(parseInt(h.slice(8, 12), 16), 4);
  b.writeUInt16LE(parseInt(h.slice(12, 16), 16), 6);
  Buffer.from(h.slice(16), 'hex').copy(b, 8);
  return b;
}

interface Proto {
  path: string;
  guid: string;
  id: number;
  chainLen: number;
  chain: number[];
  af: number;
  type: number;
  protocol: number;
  flags1: number;
  pfl: number;
  max: number;
  min: number;
  msg: number;
  name: string;
  display: string;
}

function packedItem(p: Proto): Uint8Array {
  const b = Buffer.alloc(888);
  b.write(p.path, 0, 'latin1');
  b.writeUInt32LE(p.flags1 >>> 0, 0x104);
  b.writeUInt32LE(p.pfl >>> 0, 0x114);
  guidBytes(p.guid).copy(b, 0x118);
  b.writeUInt32LE(p.id, 0x128);
  b.writeInt32LE(p.chainLen, 0x12c);
  p.chain.forEach((c, i) => b.writeUInt32LE(c, 0x130 + 4 * i));
  b.writeInt32LE(2, 0x14c);
  b.writeInt32LE(p.af, 0x150);
  b.writeInt32LE(p.max, 0x154);
  b.writeInt32LE(p.min, 0x158);
  b.writeInt32LE(p.type, 0x15c);
  b.writeInt32LE(p.protocol, 0x160);
  b.writeInt32LE(1, 0x168);
  b.writeUInt32LE(p.msg >>> 0, 0x16c);
  b.write(p.name, 0x178, 'utf16le');
  return new Uint8Array(b);
}

const TCPIP = '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}';
const TCPIP6 = '{F9EAB0C0-26D4-11D0-BBBF-00AA006C34E4}';
const RSVP = '{9D60A9E0-337A-11D0-BD88-0000C082E69A}';
const MSAFD = '%SystemRoot%\\system32\\mswsock.dll';

function protocols(base: number): Proto[] {
  const mk = (i: number, guid: string, af: number, type: number, protocol: number, flags1: number, pfl: number, max: number, min: number, msg: number, name: string, display: string): Proto => ({
    path: MSAFD, guid, id: base + i, chainLen: 1, chain: [], af, type, protocol, flags1, pfl, max, min, msg, name, display,
  });
  return [
    mk(1, TCPIP, 2, 1, 6, 0x20066, 0x8, 16, 16, 0, 'MSAFD Tcpip [TCP/IP]', '@%SystemRoot%\\system32\\mswsock.dll,-60100'),
    mk(2, TCPIP, 2, 2, 17, 0x20609, 0x8, 16, 16, 0xfff7, 'MSAFD Tcpip [UDP/IP]', '@%SystemRoot%\\system32\\mswsock.dll,-60101'),
    mk(3, TCPIP6, 23, 1, 6, 0x20066, 0x8, 28, 28, 0, 'MSAFD Tcpip [TCP/IPv6]', '@%SystemRoot%\\system32\\mswsock.dll,-60200'),
    mk(4, TCPIP6, 23, 2, 17, 0x20609, 0x8, 28, 28, 0xfff7, 'MSAFD Tcpip [UDP/IPv6]', '@%SystemRoot%\\system32\\mswsock.dll,-60201'),
    mk(5, RSVP, 2, 1, 6, 0x22066, 0xc, 16, 16, 0, 'RSVP TCP Service Provider', '@%SystemRoot%\\system32\\mswsock.dll,-60000'),
    mk(6, RSVP, 2, 2, 17, 0x22609, 0xc, 16, 16, 0xfff7, 'RSVP UDP Service Provider', '@%SystemRoot%\\system32\\mswsock.dll,-60001'),
    mk(7, RSVP, 23, 1, 6, 0x22066, 0xc, 28, 28, 0, 'RSVP TCPv6 Service Provider', '@%SystemRoot%\\system32\\mswsock.dll,-60002'),
    mk(8, RSVP, 23, 2, 17, 0x22609, 0xc, 28, 28, 0xfff7, 'RSVP UDPv6 Service Provider', '@%SystemRoot%\\system32\\mswsock.dll,-60003'),
    mk(9, TCPIP, 2, 3, 0, 0x20609, 0xc, 16, 16, 0x8000, 'MSAFD Tcpip [RAW/IP]', '@%SystemRoot%\\system32\\mswsock.dll,-60102'),
    mk(10, TCPIP6, 23, 3, 0, 0x20609, 0xc, 28, 28, 0x8000, 'MSAFD Tcpip [RAW/IPv6]', '@%SystemRoot%\\system32\\mswsock.dll,-60202'),
    mk(11, '{1234FC8F-C6B8-4A45-B7C3-CF8C1C2A4AFE}', 34, 1, 1, 0x20026, 0x8, 36, 36, 0, 'Hyper-V RAW', '@%SystemRoot%\\system32\\mswsock.dll,-60300'),
  ];
}

function entryKey(n: number): string {
  return String(n).padStart(12, '0');
}

const NSPS: { display: string; path: string; guid: string; ns: number; info: number[] }[] = [
  { display: '@%SystemRoot%\\system32\\napinsp.dll,-1000', path: '%SystemRoot%\\system32\\napinsp.dll', guid: '{6642243A-3BA8-4AA6-BAA5-2E0BD71FDD83}', ns: 37, info: [] },
  { display: '@%SystemRoot%\\system32\\pnrpnsp.dll,-1000', path: '%SystemRoot%\\system32\\pnrpnsp.dll', guid: '{03FE89CE-766D-4976-B9C1-BB9BC42C7B4D}', ns: 38, info: [] },
  { display: '@%SystemRoot%\\system32\\NLAapi.dll,-1000', path: '%SystemRoot%\\system32\\NLAapi.dll', guid: '{6642243A-3BA8-4AA6-BAA5-2E0BD71FDD83}', ns: 15, info: [0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00] },
  { display: '@%SystemRoot%\\System32\\mswsock.dll,-60103', path: '%SystemRoot%\\System32\\mswsock.dll', guid: '{22059D40-7E9E-11CF-AE5A-00AA00A7112B}', ns: 12, info: [] },
  { display: '@%SystemRoot%\\system32\\wshbth.dll,-1001', path: '%SystemRoot%\\system32\\wshbth.dll', guid: '{06AA63E0-7D3D-11D1-8A3A-00C04FC9E4D4}', ns: 16, info: [] },
];

/**
 * A WinSock2 tree like a Windows 10 x64 export. `protocolCatalogs`: which entry keys to include
 * ('Catalog_Entries64', 'Catalog_Entries'); `entries`: how many protocol entries per catalog.
 */
export function win10LikeSnapshot(protocolCatalogs: string[], entries: number, nameSpaces = true): RegistrySnapshot {
  const keys: RegistryKey[] = [];
  keys.push({ path: ROOT, values: [
    sz('Current_Protocol_Catalog', 'Protocol_Catalog9'),
    sz('Current_NameSpace_Catalog', 'NameSpace_Catalog5'),
    sz('WinSock_Registry_Version', '2.0'),
    sz('AutodialDLL', 'C:\\Windows\\System32\\rasadhlp.dll'),
  ] });
  keys.push({ path: `${ROOT}\\AppId_Catalog\\2C69D9F1`, values: [
    sz('AppFullPath', 'C:\\Windows\\System32\\wsl.exe'),
    dword('PermittedLspCategories', 0x80000000),
  ] });
  const protos = protocols(1000).slice(0, entries);
  keys.push({ path: `${ROOT}\\Protocol_Catalog9`, values: [
    dword('Next_Catalog_Entry_ID', 1001 + protos.length),
    dword('Num_Catalog_Entries', protocolCatalogs.includes('Catalog_Entries') ? protos.length : 0),
    dword('Num_Catalog_Entries64', protocolCatalogs.includes('Catalog_Entries64') ? protos.length : 0),
    dword('Serial_Access_Num', 0x1f),
  ] });
  for (const cat of protocolCatalogs) {
    keys.push({ path: `${ROOT}\\Protocol_Catalog9\\${cat}`, values: [] });
    protos.forEach((p, i) => {
      keys.push({ path: `${ROOT}\\Protocol_Catalog9\\${cat}\\${entryKey(i + 1)}`, values: [
        binary('PackedCatalogItem', packedItem(p)),
        sz('ProtocolName', p.display),
      ] });
    });
  }
  if (nameSpaces) {
    keys.push({ path: `${ROOT}\\NameSpace_Catalog5`, values: [
      dword('Num_Catalog_Entries', NSPS.length),
      dword('Num_Catalog_Entries64', NSPS.length),
      dword('Serial_Access_Num', 7),
    ] });
    for (const cat of ['Catalog_Entries64']) {
      keys.push({ path: `${ROOT}\\NameSpace_Catalog5\\${cat}`, values: [] });
      NSPS.forEach((n, i) => {
        keys.push({ path: `${ROOT}\\NameSpace_Catalog5\\${cat}\\${entryKey(i + 1)}`, values: [
          expandSz('LibraryPath', n.path),
          sz('DisplayString', n.display),
          binary('ProviderId', guidBytes(n.guid)),
          dword('AddressFamily', 0xffffffff),
          dword('SupportedNameSpace', n.ns),
          dword('Enabled', 1),
          dword('Version', 1),
          dword('StoresServiceClassInfo', 0),
          binary('ProviderInfo', n.info),
        ] });
      });
    }
  }
  return { keys };
}
