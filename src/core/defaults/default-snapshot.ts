/**
 * The Winsock keys of a healthy machine: what `netsh winsock reset` (Vista and later) or the TCP/IP
 * reinstall of KB811259 (XP) leaves behind, as Repair-Winsock2 -Mode Reset / Rebuild -Resume write
 * it into a registry image. The same snapshot is the healthy fixture test/fixtures/<name>.reg.
 */

import type { RegistrySnapshot } from '../model/registry.js';
import { DEFAULT_PROFILES } from './default-profiles.js';
import { W2D1400_UNKNOWN_DEFAULT_PROFILE } from './errors.js';
import { healthyMachine } from './healthy-machine.js';
import { renderMachine } from './render-machine.js';

/** The names `defaultWinsockSnapshot` accepts (the healthy fixtures' names), in table order. */
export function defaultProfileNames(): string[] {
  return DEFAULT_PROFILES.map((p) => p.name);
}

/**
 * Services\Winsock (Parameters\Transports) and Services\WinSock2 (Parameters, Protocol_Catalog9,
 * NameSpace_Catalog5 with their catalogs) of a healthy machine of `profileName`, keys in regedit's
 * export order under HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services.
 */
export function defaultWinsockSnapshot(profileName: string): RegistrySnapshot {
  const named = DEFAULT_PROFILES.find((p) => p.name === profileName);
  if (named === undefined) {
    throw new Error(`${W2D1400_UNKNOWN_DEFAULT_PROFILE}: no default Winsock catalog for profile '${profileName}' (known: ${defaultProfileNames().join(', ')})`);
  }
  return renderMachine(healthyMachine(named.profile));
}
