import type { CmdletDefinition } from './cmdlet-definition.js';
import { toolInfo } from '../about.js';

export const getWinsock2DoctorInfo: CmdletDefinition = {
  name: 'Get-Winsock2DoctorInfo',
  synopsis: 'Shows the Winsock2Doctor version and what it would examine on this computer.',
  description: [
    'Returns the module version, the computer name, the platform and OS version, whether the session',
    'is elevated, and the registry source the other cmdlets read: the live registry, or the .reg file',
    'named by the WINSOCK2DOCTOR_REGISTRY environment variable (used for tests, demos and offline work).',
  ].join('\n'),
  implementation: toolInfo,
  parameters: [],
  outputs: [
    {
      type: 'Winsock2Doctor.Info',
      from: 'result',
      view: { kind: 'list', properties: ['Name', 'Version', 'ComputerName', 'Platform', 'OsVersion', 'Elevated', 'RegistrySource'] },
    },
  ],
  examples: [
    { code: 'Get-Winsock2DoctorInfo', remarks: 'Shows the version and the registry source on this computer.' },
    {
      code: "Invoke-Command -ComputerName srv01, srv02 -ScriptBlock { Import-Module Winsock2Doctor; Get-Winsock2DoctorInfo }",
      remarks: 'Checks which version is installed on two servers.',
    },
  ],
};
