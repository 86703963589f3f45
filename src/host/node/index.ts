/** The Node implementation of every host primitive, one file each; TypeScript checks completeness. */
import type { HostPrimitives } from '../primitives.js';
import { bytesAlloc } from './bytesAlloc.js';
import { bytesSlice } from './bytesSlice.js';
import { bytesConcat } from './bytesConcat.js';
import { bytesEqual } from './bytesEqual.js';
import { readU16LE } from './readU16LE.js';
import { readU32LE } from './readU32LE.js';
import { readI32LE } from './readI32LE.js';
import { writeU16LE } from './writeU16LE.js';
import { writeU32LE } from './writeU32LE.js';
import { writeI32LE } from './writeI32LE.js';
import { readGuid } from './readGuid.js';
import { writeGuid } from './writeGuid.js';
import { readAnsiZ } from './readAnsiZ.js';
import { writeAnsiZ } from './writeAnsiZ.js';
import { readUtf16Z } from './readUtf16Z.js';
import { writeUtf16Z } from './writeUtf16Z.js';
import { bytesToHex } from './bytesToHex.js';
import { hexToBytes } from './hexToBytes.js';
import { hexListToBytes } from './hexListToBytes.js';
import { decodeText } from './decodeText.js';
import { encodeText } from './encodeText.js';
import { sha256Hex } from './sha256Hex.js';
import { readFileBytes } from './readFileBytes.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { fileExists } from './fileExists.js';
import { expandCatalogPath } from './expandCatalogPath.js';
import { getEnv } from './getEnv.js';
import { nowUtcIso } from './nowUtcIso.js';
import { computerName } from './computerName.js';
import { platform } from './platform.js';
import { osVersion } from './osVersion.js';
import { isElevated } from './isElevated.js';
import { runNetsh } from './runNetsh.js';
import { registryRead } from './registryRead.js';
import { registryWrite } from './registryWrite.js';
import { shouldProcess } from './shouldProcess.js';
import { writeNewPrivateFile } from './writeNewPrivateFile.js';
import { ensureDirectory } from './ensureDirectory.js';
import { joinPath } from './joinPath.js';

export const nodePrimitives: HostPrimitives = {
  bytesAlloc,
  bytesSlice,
  bytesConcat,
  bytesEqual,
  readU16LE,
  readU32LE,
  readI32LE,
  writeU16LE,
  writeU32LE,
  writeI32LE,
  readGuid,
  writeGuid,
  readAnsiZ,
  writeAnsiZ,
  readUtf16Z,
  writeUtf16Z,
  bytesToHex,
  hexToBytes,
  hexListToBytes,
  decodeText,
  encodeText,
  sha256Hex,
  readFileBytes,
  writeFileAtomic,
  fileExists,
  expandCatalogPath,
  getEnv,
  nowUtcIso,
  computerName,
  platform,
  osVersion,
  isElevated,
  runNetsh,
  registryRead,
  registryWrite,
  shouldProcess,
  writeNewPrivateFile,
  ensureDirectory,
  joinPath,
};
