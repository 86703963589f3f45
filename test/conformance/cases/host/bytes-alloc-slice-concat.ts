// Host primitives bytesAlloc, bytesSlice (clamped), bytesConcat (0, 1 and several parts) and bytesEqual, seen as hex.
// Pitfall: [byte[]] of length 0 or 1 unrolls in PowerShell; slices must be copies clamped like Uint8Array.slice.
import { host } from '../../../../src/host/host.js';

export function main(): { hex: string[]; equal: boolean[] } {
  const a = host.hexToBytes('00112233445566');
  const zero = host.bytesAlloc(0);
  const four = host.bytesAlloc(4);
  const hex = [
    host.bytesToHex(zero), host.bytesToHex(four), host.bytesToHex(host.bytesSlice(a, 1, 3)), host.bytesToHex(host.bytesSlice(a, 5, 100)),
    host.bytesToHex(host.bytesSlice(a, 4, 2)), host.bytesToHex(host.bytesSlice(a, 0, 1)), host.bytesToHex(host.bytesSlice(a, 7, 7)),
    host.bytesToHex(host.bytesConcat([])), host.bytesToHex(host.bytesConcat([a])), host.bytesToHex(host.bytesConcat([zero, four, a, zero])),
  ];
  const copy = host.bytesSlice(a, 0, 7);
  host.writeU16LE(copy, 0, 0xffff);
  hex.push(host.bytesToHex(a), host.bytesToHex(copy));
  const equal = [
    host.bytesEqual(a, host.hexToBytes('00112233445566')), host.bytesEqual(a, copy), host.bytesEqual(zero, host.bytesAlloc(0)),
    host.bytesEqual(four, host.bytesAlloc(5)), host.bytesEqual(host.bytesSlice(a, 0, 1), host.hexToBytes('00')),
  ];
  return { hex, equal };
}
