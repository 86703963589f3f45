// @throws
// readFileBytes of a missing file: the same W2D9010 error in both engines.
import { host } from '../../../../src/host/host.js';

export function main(): number {
  const root = host.getEnv('W2D_REPO_ROOT') ?? '';
  return host.readFileBytes(`${root}/test/no-such-folder/missing.bin`).length;
}
