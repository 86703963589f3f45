// The cross-check case for one corpus file (compiled into pwsh by run-both, run as is in Node):
// read, apply, write, and report everything as JSON (bytes as hex, the written file as SHA-256).
import { host } from '../../../../src/host/host.js';
import { parseRegFile, regFileToSnapshot } from '../../../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../../../src/core/formats/reg/writer.js';
import { normalizeKeyPath } from '../../../../src/core/formats/reg/key-path.js';

export interface RegCaseValue {
  name: string;
  type: number;
  data: string;
}

export interface RegCaseKey {
  path: string;
  normalized: string;
  values: RegCaseValue[];
}

export interface RegCaseResult {
  version: number;
  encoding: string;
  lineEnding: string;
  endsWithBlankLine: boolean;
  /** Key blocks and value lines as parsed (before applying), deletions marked with '-'. */
  lines: string[];
  keys: RegCaseKey[];
  writtenLength: number;
  writtenSha256: string;
  /** true when the written file equals the input byte for byte. */
  roundTrip: boolean;
}

export function corpusBytes(name: string): Uint8Array {
  const root = host.getEnv('W2D_REPO_ROOT') ?? '.';
  return host.readFileBytes(`${root}/test/formats/reg/corpus/${name}`);
}

export function regCase(name: string): RegCaseResult {
  const bytes = corpusBytes(name);
  const file = parseRegFile(bytes);
  const lines: string[] = [];
  for (const k of file.keys) {
    lines.push(`${k.line} [${k.deleted ? '-' : ''}${k.path}]`);
    for (const v of k.values) lines.push(`${v.line} ${v.form} ${v.deleted ? '-' : ''}"${v.name}" ${v.type} ${v.data.length}`);
  }
  const snapshot = regFileToSnapshot(file);
  const keys: RegCaseKey[] = [];
  for (const k of snapshot.keys) {
    const values: RegCaseValue[] = [];
    for (const v of k.values) values.push({ name: v.name, type: v.type, data: host.bytesToHex(v.data) });
    keys.push({ path: k.path, normalized: normalizeKeyPath(k.path), values });
  }
  const written = writeRegFile(snapshot);
  return {
    version: file.version,
    encoding: file.encoding,
    lineEnding: file.lineEnding,
    endsWithBlankLine: file.endsWithBlankLine,
    lines,
    keys,
    writtenLength: written.length,
    writtenSha256: host.sha256Hex(written),
    roundTrip: host.bytesEqual(written, bytes),
  };
}
