// run-both CLI contract: a value that differs between the engines (exit 1). The harness starts pwsh
// with TERM=dumb; the Node side sees whatever TERM the test sets (not 'dumb').
import { host } from '../../../src/host/host.js';

export function main(): string {
  return host.getEnv('TERM') ?? 'unset';
}
