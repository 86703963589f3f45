import type { CmdletDefinition } from './cmdlet-definition.js';
import { backupWinsockKeys } from '../backup/backup-winsock-keys.js';

export const backupWinsockKeysCmdlet: CmdletDefinition = {
  name: 'Backup-WinsockKeys',
  synopsis: 'Backs up the Winsock and WinSock2 registry keys that KB811259 repairs, into a verified .reg file and a JSON manifest.',
  description: [
    'Saves HKLM\\SYSTEM\\CurrentControlSet\\Services\\Winsock and HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2',
    '(the two keys KB811259 asks you to back up before deleting them) into one regedit-style .reg file',
    '(Windows Registry Editor Version 5.00, UTF-16LE, exactly as regedit exports it), so reg import or regedit',
    'can put it back even without this module, and a JSON manifest beside it: computer, OS profile, time',
    '(UTC), source, the SHA-256 of the .reg file, entries per catalog, the verdict of Test-Winsock2Catalog',
    'at backup time and the tool version.',
    '',
    'The backup is verified before the cmdlet returns: the file is read back and must hash and parse to',
    'exactly the registry data. An existing backup is never overwritten: names are',
    'Winsock2Doctor-<computer>-<yyyyMMddTHHmmssfffZ>-<nn>.reg and sort by time. The files are readable by',
    'administrators only (an ACL for Administrators and SYSTEM on Windows, mode 0600 elsewhere).',
    '',
    'The default folder is %ProgramData%\\Winsock2Doctor\\Backups on Windows and',
    '~/.local/share/winsock2doctor/backups elsewhere. Without -Path it reads this computer (the live',
    'registry on Windows, or the .reg file named by the WINSOCK2DOCTOR_REGISTRY environment variable, which',
    'stands in for HKLM); with -Path it backs up a saved .reg export or JSON registry snapshot instead.',
  ].join('\n'),
  implementation: backupWinsockKeys,
  parameters: [
    {
      name: 'Destination',
      type: 'string',
      position: 0,
      isPath: true,
      description: 'The folder for the backup (created when missing). Default: %ProgramData%\\Winsock2Doctor\\Backups on Windows, ~/.local/share/winsock2doctor/backups elsewhere.',
    },
    {
      name: 'Path',
      type: 'string',
      isPath: true,
      description: 'A saved .reg export or JSON registry snapshot to back up instead of this computer\'s registry.',
    },
  ],
  outputs: [
    {
      type: 'Winsock2Doctor.Backup',
      from: 'result',
      view: { kind: 'list', properties: ['Path', 'ManifestPath', 'Sha256', 'Entries', 'Verdict', 'Time'] },
    },
  ],
  examples: [
    { code: 'Backup-WinsockKeys', remarks: 'Backs up both Winsock keys of this computer into %ProgramData%\\Winsock2Doctor\\Backups.' },
    {
      code: '$backup = Backup-WinsockKeys -Destination D:\\WinsockBackups\n$backup.Path',
      remarks: 'Backs up into another folder and shows the path of the .reg file, to give to Restore-WinsockKeys later.',
    },
    {
      code: "Invoke-Command -ComputerName PC1, PC2 -ScriptBlock { Import-Module Winsock2Doctor; Backup-WinsockKeys } | Format-Table PSComputerName, Path, Verdict",
      remarks: 'Backs up the keys on several computers; each backup stays on its computer.',
    },
  ],
};
