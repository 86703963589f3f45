// expandCatalogPath: %VAR% expansion (case-insensitive names, unknown variables kept), and for the
// 32-bit catalog system32 -> SysWOW64 under the Windows directory. Uses W2D_REPO_ROOT, set in both
// engines, and WINSOCK2DOCTOR_SYSTEMROOT when the harness machine has no SystemRoot.
import { host } from '../../../../src/host/host.js';

export function main(): string[] {
  return [
    host.expandCatalogPath('%W2D_REPO_ROOT%\\package.json', 64),
    host.expandCatalogPath('%w2d_repo_root%\\package.json', 32),
    host.expandCatalogPath('%NO_SUCH_VARIABLE_W2D%\\x.dll', 64),
    host.expandCatalogPath('C:\\Windows\\System32\\mswsock.dll', 64),
    host.expandCatalogPath('%SystemRoot%\\system32\\mswsock.dll', 32),
    host.expandCatalogPath('100%', 64),
    host.expandCatalogPath('', 32),
  ];
}
