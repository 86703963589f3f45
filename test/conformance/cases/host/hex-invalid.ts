// @throws
// hexToBytes with an odd number of digits fails with W2D9004.
// Pitfall: [Convert]::FromHexString does not exist in .NET Framework; custom parsing must validate the same way.
import { host } from '../../../../src/host/host.js';

export function main(): string {
  return host.bytesToHex(host.hexToBytes('abc'));
}
