import { release } from 'node:os';

/**
 * The OS version: `major.minor.build` on Windows (os.release() reports the real version from
 * RtlGetVersion, e.g. 10.0.19045), elsewhere the kernel release (`uname -r`).
 */
export function osVersion(): string {
  return release();
}
