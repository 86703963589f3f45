/** Every cmdlet the module exports, in the order help and the manifest list them. */
import type { CmdletDefinition } from './cmdlet-definition.js';
import { getWinsock2DoctorInfo } from './get-winsock2doctorinfo.js';
import { getWinsock2Catalog } from './get-winsock2catalog.js';
import { testWinsock2Catalog } from './test-winsock2catalog.js';
import { compareWinsock2Catalog } from './compare-winsock2catalog.js';
import { backupWinsockKeysCmdlet } from './backup-winsockkeys.js';
import { restoreWinsockKeysCmdlet } from './restore-winsockkeys.js';
import { repairWinsock2Cmdlet } from './repair-winsock2.js';

export const cmdlets: CmdletDefinition[] = [getWinsock2Catalog, testWinsock2Catalog, backupWinsockKeysCmdlet, restoreWinsockKeysCmdlet, repairWinsock2Cmdlet, compareWinsock2Catalog, getWinsock2DoctorInfo];
