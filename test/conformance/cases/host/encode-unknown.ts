// @throws
// encodeText with an encoding name outside the list fails with W2D9005 (names are exact: 'UTF8' is not 'utf8').
// Pitfall: [Text.Encoding]::GetEncoding accepts many names case-insensitively.
import { host } from '../../../../src/host/host.js';

export function main(): string {
  return host.bytesToHex(host.encodeText('x', 'UTF8'));
}
