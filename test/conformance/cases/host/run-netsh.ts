// @throws
// runNetsh where netsh does not exist (this test machine): the same W2D9020 error in both engines.
// On Windows the Pester suite runs netsh for real.
import { host } from '../../../../src/host/host.js';

export function main(): number {
  return host.runNetsh(['winsock', 'show', 'catalog']).exitCode;
}
