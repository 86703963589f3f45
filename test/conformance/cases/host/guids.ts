// readGuid / writeGuid: Windows layout (Data1-3 little-endian), upper case with braces; input with or without braces, any case.
// Pitfall: [Guid]::ToString() is lower case without braces; byte order of the first three groups.
import { host } from '../../../../src/host/host.js';

export function main(): { guids: string[]; hex: string[] } {
  const b = host.bytesAlloc(48);
  host.writeGuid(b, 0, '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}');
  host.writeGuid(b, 16, 'e70f1aa0-ab8b-11cf-8ca3-00805f48a192');
  host.writeGuid(b, 32, '{00000000-0000-0000-0000-000000000000}');
  const raw = host.hexToBytes('33221100554477668899aabbccddeeff');
  return {
    guids: [host.readGuid(b, 0), host.readGuid(b, 16), host.readGuid(b, 32), host.readGuid(raw, 0)],
    hex: [host.bytesToHex(host.bytesSlice(b, 0, 16)), String(host.bytesEqual(host.bytesSlice(b, 0, 16), host.bytesSlice(b, 16, 32)))],
  };
}
