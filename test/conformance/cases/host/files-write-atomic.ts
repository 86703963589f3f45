// writeFileAtomic then readFileBytes: the bytes land exactly, an existing file is replaced whole,
// and no temporary file is left beside it. (Writes under .cache/, which git ignores.)
import { host } from '../../../../src/host/host.js';

export function main(): { first: string; second: string; sizes: number[]; exists: boolean } {
  const root = host.getEnv('W2D_REPO_ROOT') ?? '';
  const path = `${root}/.cache/conformance-write-atomic.bin`;
  host.writeFileAtomic(path, host.encodeText('first version, longer than the second', 'utf8'));
  const first = host.decodeText(host.readFileBytes(path)).text;
  host.writeFileAtomic(path, host.hexToBytes('fffe41004200'));
  const back = host.readFileBytes(path);
  return { first, second: host.bytesToHex(back), sizes: [back.length], exists: host.fileExists(path) };
}
