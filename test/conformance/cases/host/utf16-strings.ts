// writeUtf16Z / readUtf16Z: Chinese, surrogate pairs, NUL termination inside a field, a field with no NUL.
// Pitfall: [Text.Encoding]::Unicode handles pairs, but lengths are in bytes (2 per UTF-16 unit).
import { host } from '../../../../src/host/host.js';

export function main(): { hex: string[]; text: string[]; lens: number[] } {
  const b = host.bytesAlloc(32);
  host.writeUtf16Z(b, 0, 16, '中文😀');
  host.writeUtf16Z(b, 16, 16, 'MSAFD');
  const noNul = host.hexToBytes('4100420043004400');
  const text = [host.readUtf16Z(b, 0, 16), host.readUtf16Z(b, 16, 16), host.readUtf16Z(noNul, 0, 8), host.readUtf16Z(b, 16, 4), host.readUtf16Z(b, 0, 0)];
  return { hex: [host.bytesToHex(b)], text, lens: text.map((t) => t.length) };
}
