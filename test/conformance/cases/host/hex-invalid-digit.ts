// @throws
// hexToBytes with a non-hex digit fails with W2D9004 (never silently parses a prefix like parseInt).
// Pitfall: [Convert]::ToByte('0g', 16) throws a .NET FormatException with another message.
import { host } from '../../../../src/host/host.js';

export function main(): string {
  return host.bytesToHex(host.hexToBytes('00g1'));
}
