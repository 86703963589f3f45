// bytesToHex (lower case, two digits per byte) and hexToBytes (either case), round-tripping all 256 byte values.
// Pitfall: -join ('{0:x2}' -f ...) over an empty or one-byte array, and upper/lower case input.
import { host } from '../../../../src/host/host.js';

export function main(): { all: string; roundTrip: boolean; small: string[] } {
  const parts: string[] = [];
  for (let i = 0; i < 256; i++) {
    parts.push(i.toString(16).padStart(2, '0'));
  }
  const allHex = parts.join('');
  const bytes = host.hexToBytes(allHex.toUpperCase());
  return {
    all: host.bytesToHex(bytes).slice(0, 40),
    roundTrip: host.bytesToHex(bytes) === allHex,
    small: [host.bytesToHex(host.hexToBytes('')), host.bytesToHex(host.hexToBytes('0A')), host.bytesToHex(host.hexToBytes('aBcD'))],
  };
}
