// Reads a file of the netsh corpus in either engine (W2D_REPO_ROOT is set in both by run-both).
import { host } from '../../../../src/host/host.js';
import type { Bytes } from '../../../../src/host/primitives.js';

/** The raw bytes of test/fixtures/netsh/<name>. */
export function netshFixtureBytes(name: string): Bytes {
  const root = host.getEnv('W2D_REPO_ROOT');
  return host.readFileBytes(`${root === undefined ? '.' : root}/test/fixtures/netsh/${name}`);
}

/** The text of test/fixtures/netsh/<name>, decoded as the readers decode files. */
export function readNetshFixture(name: string): string {
  return host.decodeText(netshFixtureBytes(name)).text;
}
