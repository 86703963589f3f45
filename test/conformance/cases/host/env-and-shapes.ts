// Machine primitives checked only for their shape so the result is the same everywhere: getEnv of an unset
// variable is undefined; nowUtcIso is ISO 8601 with milliseconds and Z; platform is Windows or Unix;
// computerName and osVersion are non-empty strings; isElevated is a boolean.
// Pitfall: $env:X of an unset variable is $null (must be undefined), [DateTime] formatting by culture.
import { host } from '../../../../src/host/host.js';

export function main(): boolean[] {
  const now = host.nowUtcIso();
  const p = host.platform();
  const elevated = host.isElevated();
  return [
    host.getEnv('WINSOCK2DOCTOR_CONFORMANCE_SURELY_UNSET_7F3A') === undefined,
    now.length === 24, now.charAt(10) === 'T', now.endsWith('Z'), now.charAt(19) === '.', now.charAt(4) === '-', now.startsWith('20'),
    p === 'Windows' || p === 'Unix', host.computerName().length > 0, host.osVersion().length > 0, elevated === true || elevated === false,
  ];
}
