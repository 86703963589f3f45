/**
 * What this build of Winsock2Doctor is and what it would examine on this machine. Also the smoke
 * test that core, the host primitives and the generated module work end to end.
 */
import { host } from '../host/host.js';

export const TOOL_NAME = 'Winsock2Doctor';
/** Kept equal to package.json's version (test/pester/Module.Tests.ps1 checks it). */
export const TOOL_VERSION = '0.1.0';
/** The environment variable naming a .reg file that stands in for HKLM (tests, demos, simulated hosts). */
export const REGISTRY_IMAGE_VARIABLE = 'WINSOCK2DOCTOR_REGISTRY';

export interface ToolInfo {
  name: string;
  version: string;
  computerName: string;
  platform: string;
  osVersion: string;
  elevated: boolean;
  /** 'live registry', or the .reg image file named by WINSOCK2DOCTOR_REGISTRY. */
  registrySource: string;
}

export function toolInfo(): ToolInfo {
  const image = host.getEnv(REGISTRY_IMAGE_VARIABLE);
  const hasImage = image !== undefined && image !== '';
  return {
    name: TOOL_NAME,
    version: TOOL_VERSION,
    computerName: host.computerName(),
    platform: host.platform(),
    osVersion: host.osVersion(),
    elevated: host.isElevated(),
    registrySource: hasImage ? image : 'live registry',
  };
}
