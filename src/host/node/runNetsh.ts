import { spawnSync } from 'node:child_process';
import type { CommandResult } from '../primitives.js';
import { decodeWindows1252 } from './readAnsiZ.js';

function decodeOutput(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Runs netsh with the arguments and captures its output: stdout then stderr, each decoded as UTF-8
 * when valid, else Windows-1252 (W2D9020 when netsh is not available, e.g. off Windows).
 */
export function runNetsh(args: string[]): CommandResult {
  if (process.platform !== 'win32') throw new Error('W2D9020: netsh is not available on this system');
  const r = spawnSync('netsh', args, { windowsHide: true, maxBuffer: 256 * 1024 * 1024 });
  if (r.error !== undefined || r.status === null) {
    throw new Error('W2D9020: netsh is not available on this system');
  }
  return { exitCode: r.status, output: decodeOutput(r.stdout) + decodeOutput(r.stderr) };
}
