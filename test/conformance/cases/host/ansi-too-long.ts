// @throws
// writeAnsiZ of a string that does not fit with its terminating NUL fails with W2D9003.
// Pitfall: the size check must count the NUL, in bytes of the target encoding.
import { host } from '../../../../src/host/host.js';

export function main(): string {
  const b = host.bytesAlloc(8);
  host.writeAnsiZ(b, 0, 4, 'abcd');
  return host.bytesToHex(b);
}
