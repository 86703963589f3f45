// ensureDirectory, joinPath and writeNewPrivateFile: a new folder (twice: the second time nothing to
// do), a new file with exactly its bytes, and the refusal to replace it (W2D9012) caught in core.
// Each engine writes its own folder under .cache/ (git ignores it), named by the time of the run.
import { host } from '../../../../src/host/host.js';

export function main(): string[] {
  const root = host.getEnv('W2D_REPO_ROOT') ?? '';
  const folder = host.joinPath(host.joinPath(host.joinPath(root, '.cache'), 'conformance-private'), `${host.nowUtcIso().replaceAll(':', '').replaceAll('.', '')}`);
  host.ensureDirectory(folder);
  host.ensureDirectory(folder);
  const file = host.joinPath(folder, 'backup.reg');
  const out: string[] = [String(host.fileExists(file))];
  host.writeNewPrivateFile(file, host.hexToBytes('fffe5700'));
  out.push(host.bytesToHex(host.readFileBytes(file)));
  try {
    host.writeNewPrivateFile(file, host.hexToBytes('00'));
    out.push('replaced');
  } catch (e) {
    out.push((e as Error).message.slice(0, 8));
  }
  out.push(host.bytesToHex(host.readFileBytes(file)));
  out.push(host.joinPath('a/', 'b'), host.joinPath('', 'b'));
  return out;
}
