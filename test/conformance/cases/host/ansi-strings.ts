// writeAnsiZ / readAnsiZ: Windows-1252 (é, €, smart quotes), NUL-termination, zero padding, unmappable -> '?'.
// Pitfall: [Text.Encoding]::Default is UTF-8 in pwsh 7 and ANSI in 5.1; 1252 must be explicit on both.
import { host } from '../../../../src/host/host.js';

export function main(): { hex: string[]; text: string[] } {
  const b = host.bytesAlloc(24);
  host.writeAnsiZ(b, 0, 12, 'Café €“x”');
  host.writeAnsiZ(b, 12, 12, '中😀ok');
  const full = host.hexToBytes('414243');
  const text = [host.readAnsiZ(b, 0, 12), host.readAnsiZ(b, 12, 12), host.readAnsiZ(full, 0, 3), host.readAnsiZ(b, 0, 3), host.readAnsiZ(host.hexToBytes('80819fff00'), 0, 5)];
  return { hex: [host.bytesToHex(b)], text };
}
