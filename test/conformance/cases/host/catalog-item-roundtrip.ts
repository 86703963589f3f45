// A PackedCatalogItem-like record built with several primitives (ANSI path, u32 fields, GUID, UTF-16 name),
// read back field by field and hashed: a realistic combination of the byte primitives.
// Pitfall: offsets and encodings must agree between the two engines byte for byte.
import { host } from '../../../../src/host/host.js';

interface Item {
  path: string;
  flags: number;
  guid: string;
  id: number;
  name: string;
}
export function main(): { item: Item; len: number; sha: string; head: string } {
  const b = host.bytesAlloc(888);
  host.writeAnsiZ(b, 0, 260, '%SystemRoot%\\system32\\mswsock.dll');
  host.writeU32LE(b, 260, 0x80000003);
  host.writeGuid(b, 264, '{e70f1aa0-ab8b-11cf-8ca3-00805f48a192}');
  host.writeI32LE(b, 280, 1001);
  host.writeUtf16Z(b, 372, 512, 'MSAFD Tcpip [TCP/IP]');
  const item: Item = {
    path: host.readAnsiZ(b, 0, 260),
    flags: host.readU32LE(b, 260),
    guid: host.readGuid(b, 264),
    id: host.readI32LE(b, 280),
    name: host.readUtf16Z(b, 372, 512),
  };
  return { item, len: host.bytesToHex(b).length / 2, sha: host.sha256Hex(b), head: host.bytesToHex(host.bytesSlice(b, 256, 288)) };
}
