import { hostname } from 'node:os';

/**
 * This computer's name: on Windows %COMPUTERNAME% (what PowerShell's [Environment]::MachineName
 * gives), else the host name up to its first '.' (as .NET reports it off Windows).
 */
export function computerName(): string {
  if (process.platform === 'win32') {
    const name = process.env.COMPUTERNAME;
    if (name !== undefined && name.length > 0) return name;
  }
  const host = hostname();
  const dot = host.indexOf('.');
  return dot > 0 ? host.substring(0, dot) : host;
}
