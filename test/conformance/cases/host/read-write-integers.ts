// readU16LE / readU32LE / readI32LE and their writers on values around 0x8000, 0x80000000, negatives and wrapping.
// Pitfall: [BitConverter] returns typed ints; writes of negative or >= 2^31 values must wrap like two's complement.
import { host } from '../../../../src/host/host.js';

export function main(): { reads: number[]; hex: string[] } {
  const b = host.bytesAlloc(16);
  host.writeU16LE(b, 0, 0x8001);
  host.writeU32LE(b, 2, 0xdeadbeef);
  host.writeI32LE(b, 6, -2);
  host.writeU32LE(b, 10, -1);
  host.writeU16LE(b, 14, 0x1234);
  const hex = [host.bytesToHex(b)];
  const reads = [
    host.readU16LE(b, 0), host.readU32LE(b, 2), host.readI32LE(b, 2), host.readI32LE(b, 6), host.readU32LE(b, 6), host.readU32LE(b, 10),
    host.readI32LE(b, 10), host.readU16LE(b, 14), host.readU16LE(b, 1), host.readU32LE(b, 12),
  ];
  const c = host.bytesAlloc(8);
  host.writeI32LE(c, 0, 2147483647);
  host.writeI32LE(c, 4, -2147483648);
  hex.push(host.bytesToHex(c));
  reads.push(host.readI32LE(c, 0), host.readI32LE(c, 4), host.readU32LE(c, 4));
  return { reads, hex };
}
