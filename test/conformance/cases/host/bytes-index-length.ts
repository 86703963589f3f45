// Reading a Uint8Array from a primitive with b[i] and b.length in a loop (checksum of the bytes).
// Pitfall: [byte] arithmetic overflows in PowerShell ([byte]255 + 1 throws or wraps); results must be numbers.
import { host } from '../../../../src/host/host.js';

export function main(): { len: number; sum: number; firstLast: number[]; xor: number } {
  const b = host.encodeText('Hello, 世界!', 'utf8');
  let sum = 0;
  let xor = 0;
  for (let i = 0; i < b.length; i++) {
    sum += b[i];
    xor ^= b[i] << (i % 4 * 8);
  }
  return { len: b.length, sum, firstLast: [b[0], b[b.length - 1], b[0] + b[1]], xor: xor >>> 0 };
}
