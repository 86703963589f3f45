/**
 * The Reset plan. On Windows itself: `netsh winsock reset` (and `netsh int ip reset` with
 * -IncludeIpReset), which Windows carries out. On a registry image or a file: both Winsock keys
 * replaced by the OS profile's default keys (src/core/defaults), which is what the reset leaves
 * behind; note that this also puts back default name-space providers, which netsh leaves alone.
 */
import type { RegistrySnapshot } from '../model/registry.js';
import { defaultProfileForOs } from '../defaults/os-profile-defaults.js';
import { defaultWinsockSnapshot } from '../defaults/default-snapshot.js';
import { replaceTreesOperations } from '../registry/replace-trees.js';
import { WINSOCK_KEYS, WINSOCK2_KEY } from '../registry/winsock-keys.js';
import { diagnoseSnapshot } from '../report/diagnose-snapshot.js';
import type { TestResult } from '../report/build-report.js';
import { operationsToReach } from './snapshot-diff.js';
import { applyOperations } from '../registry/apply-operation.js';
import { fixedFindingIds } from './finding-delta.js';
import type { PlannedStep, RepairPlan } from './repair-types.js';

/** W2D3006: no default catalog for the OS profile (unknown): -OsProfile names it. */
export const W2D3006_NO_DEFAULT_CATALOG = 'W2D3006';

/** `snapshot` with both Winsock keys replaced by `keys` (other keys kept, registry order kept). */
export function withWinsockKeys(snapshot: RegistrySnapshot, keys: RegistrySnapshot): RegistrySnapshot {
  return applyOperations(snapshot, replaceTreesOperations(WINSOCK_KEYS, keys));
}

/** The default Winsock keys for an OS profile (W2D3006 when there is none). */
export function defaultKeysFor(osProfile: string): RegistrySnapshot {
  const name = defaultProfileForOs(osProfile);
  if (name === null) {
    throw new Error(`${W2D3006_NO_DEFAULT_CATALOG}: no default catalog is known for OS profile '${osProfile}': give -OsProfile (XP, Vista7, Win8to11, Server)`);
  }
  return defaultWinsockSnapshot(name);
}

export function planReset(snapshot: RegistrySnapshot, before: TestResult, source: string, computerName: string, osProfile: string, live: boolean, includeIpReset: boolean): RepairPlan {
  if (live) {
    const steps: PlannedStep[] = [
      {
        step: { order: 1, action: 'NetshWinsockReset', target: 'netsh winsock reset', description: 'Reset the Winsock catalog to its default (removes every LSP and third-party provider; a restart is needed)', findingIds: [], writes: 0 },
        operations: [],
        netsh: ['winsock', 'reset'],
        after: snapshot,
      },
    ];
    if (includeIpReset) {
      steps.push({
        step: { order: 2, action: 'NetshIpReset', target: 'netsh int ip reset', description: 'Reset the TCP/IP stack settings to their defaults (a restart is needed)', findingIds: [], writes: 0 },
        operations: [],
        netsh: ['int', 'ip', 'reset'],
        after: snapshot,
      });
    }
    return { steps, desired: snapshot, limitation: '', expected: before };
  }
  const operations = operationsToReach(snapshot, withWinsockKeys(snapshot, defaultKeysFor(osProfile)));
  const desired = applyOperations(snapshot, operations);
  const after = diagnoseSnapshot(desired, source, computerName, osProfile);
  const steps: PlannedStep[] = [];
  if (operations.length > 0) {
    steps.push({
      step: {
        order: 1,
        action: 'WriteDefaultCatalog',
        target: WINSOCK2_KEY,
        description: `Replace the Winsock and WinSock2 keys with the default catalog of ${osProfile} (what netsh winsock reset leaves)`,
        findingIds: fixedFindingIds(before.findings, after.findings, ''),
        writes: operations.length,
      },
      operations,
      netsh: [],
      after: desired,
    });
  }
  return { steps, desired, limitation: '', expected: after };
}
