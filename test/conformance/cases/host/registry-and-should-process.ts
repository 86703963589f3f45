// The live-registry primitives off Windows: registryRead and registryWrite fail with the same
// W2D9030 in both engines (caught in core); shouldProcess outside a cmdlet always goes ahead.
// (On Windows the Pester suite exercises the live registry itself.)
import { host } from '../../../../src/host/host.js';

function attempt(read: boolean): string {
  try {
    if (read) return String(host.registryRead('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2').keys.length);
    host.registryWrite('createKey', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Winsock2DoctorConformance', '', 0, host.bytesAlloc(0));
    return 'written';
  } catch (e) {
    return (e as Error).message;
  }
}

export function main(): string[] {
  const windows = host.platform() === 'Windows';
  return [windows ? 'Windows' : attempt(true), windows ? 'Windows' : attempt(false), String(host.shouldProcess('target', 'action'))];
}
