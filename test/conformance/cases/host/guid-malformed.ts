// @throws
// writeGuid with a malformed GUID string fails with the primitive's W2D9002 error.
// Pitfall: [Guid]::Parse accepts more formats (no dashes, parentheses) than the primitive does.
import { host } from '../../../../src/host/host.js';

export function main(): string {
  const b = host.bytesAlloc(16);
  host.writeGuid(b, 0, '{E70F1AA0-AB8B-11CF-8CA3-00805F48A19}');
  return host.readGuid(b, 0);
}
