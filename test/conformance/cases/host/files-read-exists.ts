// readFileBytes and fileExists on files of this repository (found through W2D_REPO_ROOT, set in both
// engines by the harness): byte-exact reads, existence of files vs folders vs missing paths.
import { host } from '../../../../src/host/host.js';

export function main(): { sha: string; length: number; firstBytes: number[]; exists: boolean[] } {
  const root = host.getEnv('W2D_REPO_ROOT') ?? '';
  const bytes = host.readFileBytes(`${root}/package.json`);
  const first: number[] = [];
  for (let i = 0; i < 4; i++) first.push(bytes[i]);
  return {
    sha: host.sha256Hex(bytes),
    length: bytes.length,
    firstBytes: first,
    exists: [
      host.fileExists(`${root}/package.json`),
      host.fileExists(`${root}/src`),
      host.fileExists(`${root}/no-such-file.txt`),
      host.fileExists(''),
    ],
  };
}
