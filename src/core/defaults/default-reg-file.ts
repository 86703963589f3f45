/** A default catalog as a regedit-style .reg file (what an offline Reset writes, and the healthy fixture's bytes). */

import type { Bytes } from '../../host/primitives.js';
import { writeRegFile } from '../formats/reg/writer.js';
import { defaultWinsockSnapshot } from './default-snapshot.js';

export function defaultWinsockRegFile(profileName: string): Bytes {
  return writeRegFile(defaultWinsockSnapshot(profileName));
}
