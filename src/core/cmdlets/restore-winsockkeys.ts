import type { CmdletDefinition } from './cmdlet-definition.js';
import { restoreWinsockKeys } from '../backup/restore-winsock-keys.js';

export const restoreWinsockKeysCmdlet: CmdletDefinition = {
  name: 'Restore-WinsockKeys',
  synopsis: 'Puts a backup of the Winsock and WinSock2 keys back, after checking it, with a safety backup of the current keys first.',
  description: [
    'Replaces HKLM\\SYSTEM\\CurrentControlSet\\Services\\Winsock and ...\\Services\\WinSock2 with the keys of a',
    'backup made by Backup-WinsockKeys (or a regedit, reg export or Wine export of those keys).',
    '',
    'Nothing is changed until the backup has passed every check: when a manifest is beside the file, the',
    "file's SHA-256 must be the one it records; the whole file must parse; and every key it names (deletions",
    'included) must be at or under one of the two Winsock keys, so a crafted .reg file cannot be used to write',
    'anywhere else in HKLM. Then the current keys are saved in a safety backup (in -Destination, default the',
    'backup folder of Backup-WinsockKeys), each of the two keys the backup holds is replaced as a tree (a',
    'backup of WinSock2 alone, as KB811259 exports it, leaves the Winsock key as it is), and a fresh export is',
    'compared with the backup. If a write fails, the keys are rolled back to the safety backup by themselves.',
    '',
    'ConfirmImpact is High: you are asked to confirm unless -Force or -Confirm:$false is given. -WhatIf',
    'shows what would be replaced and changes nothing. Restart Windows afterwards (RebootRequired).',
  ].join('\n'),
  implementation: restoreWinsockKeys,
  confirmImpact: 'High',
  parameters: [
    {
      name: 'Path',
      type: 'string',
      mandatory: true,
      position: 0,
      isPath: true,
      aliases: ['FullName'],
      valueFromPipelineByPropertyName: true,
      description: 'The backup .reg file (the Path of a Winsock2Doctor.Backup object, or a regedit export of the two Winsock keys).',
    },
    {
      name: 'Destination',
      type: 'string',
      isPath: true,
      description: 'The folder for the safety backup of the current keys. Default: the default folder of Backup-WinsockKeys.',
    },
    {
      name: 'Force',
      type: 'switch',
      wrapperOnly: true,
      description: 'Restores without asking for confirmation (unless -Confirm is also given).',
    },
  ],
  outputs: [
    {
      type: 'Winsock2Doctor.RestoreResult',
      from: 'result',
      view: { kind: 'list', properties: ['Path', 'Status', 'Target', 'ManifestChecked', 'SafetyBackupPath', 'Keys', 'Values', 'ExportMatchesBackup', 'RebootRequired'] },
    },
  ],
  examples: [
    {
      code: 'Restore-WinsockKeys -Path C:\\ProgramData\\Winsock2Doctor\\Backups\\Winsock2Doctor-PC1-20261125T101500000Z-01.reg',
      remarks: 'Restores a backup after confirmation, and keeps a safety backup of the keys it replaces.',
    },
    {
      code: 'Get-ChildItem C:\\ProgramData\\Winsock2Doctor\\Backups\\*.reg | Sort-Object Name | Select-Object -Last 1 | Restore-WinsockKeys -WhatIf',
      remarks: 'Shows what restoring the newest backup would do, without changing anything.',
    },
    { code: 'Restore-WinsockKeys -Path .\\winsock-keys.reg -Force', remarks: 'Restores without a confirmation prompt (for scripts).' },
  ],
};
