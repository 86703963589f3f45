// sha256Hex of empty input, 'abc', a 1000-byte buffer and UTF-8/UTF-16 encodings of the same text.
// Pitfall: [Security.Cryptography.SHA256] output formatting (upper case, dashes from BitConverter).
import { host } from '../../../../src/host/host.js';

export function main(): string[] {
  const big = host.bytesAlloc(1000);
  for (let i = 0; i < 1000; i += 4) {
    host.writeU32LE(big, i, (i * 2654435761) >>> 0);
  }
  return [
    host.sha256Hex(host.bytesAlloc(0)), host.sha256Hex(host.hexToBytes('616263')), host.sha256Hex(big),
    host.sha256Hex(host.encodeText('Winsock2 目录', 'utf8')), host.sha256Hex(host.encodeText('Winsock2 目录', 'utf16le-bom')),
  ];
}
