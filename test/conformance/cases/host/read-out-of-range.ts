// @throws
// readU32LE past the end of the buffer fails with the primitive's W2D9001 error (the runner compares the message).
// Pitfall: the PowerShell primitive must throw the same message, not an IndexOutOfRange from .NET.
import { host } from '../../../../src/host/host.js';

export function main(): number {
  const b = host.hexToBytes('010203');
  const first = host.readU16LE(b, 0);
  return first + host.readU32LE(b, 1);
}
