// The .reg fuzz generator, in the compilable subset so that Node and pwsh build the very same
// inputs: seeded mutations of corpus files (bytes flipped, truncated, lines deleted / duplicated /
// swapped, re-encoded, garbage bytes and tricky tokens inserted, characters removed).
// fuzzCase(seed, n) reads, applies and writes case n; a bad input throws (a W2D10xx / W2D90xx error).
import { host } from '../../../../src/host/host.js';
import type { Bytes } from '../../../../src/host/primitives.js';
import { parseRegFile, regFileToSnapshot } from '../../../../src/core/formats/reg/reader.js';
import { writeRegFile } from '../../../../src/core/formats/reg/writer.js';
import { corpusBytes } from './reg-case.js';

/** The corpus files mutated (small ones: pwsh runs hundreds of cases). */
export const FUZZ_FILES: string[] = [
  'handcrafted-small.reg',
  'handcrafted-unicode.reg',
  'handcrafted-unsorted.reg',
  'reader-continuations.reg',
  'reader-deletions.reg',
  'reader-regedit4-ansi.reg',
  'reader-utf8-bom-lf.reg',
  'reader-utf8-nobom-crlf.reg',
  'reader-offline-hive.reg',
  'wine-value-types.reg',
];

const ENCODINGS: string[] = ['utf16le-bom', 'utf8', 'utf8-bom', 'ansi'];
const TOKENS: string[] = ['\\', '"', '[', ']', '[-', ';', ',', ',\\', '\r\n', '\n', '\r', 'hex(', 'hex(7):', 'dword:', '=', '=-', '-', '@', '@=', '\u0000', ' ', '\t', '  ', 'ff', 'g', '\\"', '\\\\', '\u00e9', '\ud83d\ude00', '\ud800', 'REGEDIT4', '\r\n[HKEY_LOCAL_MACHINE\\X]\r\n'];
const HEX_DIGITS = '0123456789abcdef';

export interface Rng {
  s: number;
}

export function nextRandom(r: Rng): number {
  r.s = (r.s * 69069 + 1) % 4294967296;
  return r.s;
}

/** An integer from 0 to n - 1. */
export function below(r: Rng, n: number): number {
  return Math.floor((nextRandom(r) / 4294967296) * n);
}

export interface FuzzInput {
  file: string;
  ops: string[];
  bytes: Bytes;
}

function randomHex(r: Rng, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(HEX_DIGITS.charAt(below(r, 16)) + HEX_DIGITS.charAt(below(r, 16)));
  }
  return parts.join('');
}

/** Applies one text-level mutation (the bytes decoded, changed, encoded again as they were). */
function mutateText(r: Rng, bytes: Bytes, op: number): Bytes {
  const decoded = host.decodeText(bytes);
  const encoding = decoded.encoding === 'utf16be-bom' ? 'utf16le-bom' : decoded.encoding;
  const text = decoded.text;
  let out = text;
  if (op === 0 || op === 1 || op === 2) {
    const lines = text.split('\n');
    const a = below(r, lines.length);
    const b = below(r, lines.length);
    const kept: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (op === 0 && i === a) continue;
      if (op === 2 && i === a) {
        kept.push(lines[b]);
        continue;
      }
      if (op === 2 && i === b) {
        kept.push(lines[a]);
        continue;
      }
      kept.push(lines[i]);
      if (op === 1 && i === a) kept.push(lines[i]);
    }
    out = kept.join('\n');
  } else if (op === 3) {
    const p = below(r, text.length + 1);
    out = text.slice(0, p) + TOKENS[below(r, TOKENS.length)] + text.slice(p);
  } else if (op === 4) {
    const p = below(r, text.length + 1);
    out = text.slice(0, p) + text.slice(p + 1);
  } else {
    return host.encodeText(text, ENCODINGS[below(r, ENCODINGS.length)]);
  }
  return host.encodeText(out, encoding);
}

/** Case n of the seeded sequence: a corpus file with 1 to 3 mutations. */
export function fuzzInput(seed: number, n: number): FuzzInput {
  const r: Rng = { s: (seed + n * 7919) % 4294967296 };
  nextRandom(r);
  nextRandom(r);
  const file = FUZZ_FILES[below(r, FUZZ_FILES.length)];
  let bytes = corpusBytes(file);
  const ops: string[] = [];
  const count = 1 + below(r, 3);
  for (let k = 0; k < count; k++) {
    const kind = below(r, 10);
    const len = bytes.length;
    if (kind === 0) {
      const p = below(r, len + 1);
      bytes = host.bytesConcat([host.bytesSlice(bytes, 0, p), host.hexToBytes(randomHex(r, 1)), host.bytesSlice(bytes, p + 1, len)]);
      ops.push(`flip@${p}`);
    } else if (kind === 1) {
      const p = below(r, len + 1);
      bytes = host.bytesSlice(bytes, 0, p);
      ops.push(`truncate@${p}`);
    } else if (kind === 2) {
      const p = below(r, len + 1);
      const g = 1 + below(r, 8);
      bytes = host.bytesConcat([host.bytesSlice(bytes, 0, p), host.hexToBytes(randomHex(r, g)), host.bytesSlice(bytes, p, len)]);
      ops.push(`garbage${g}@${p}`);
    } else {
      const op = kind - 3;
      bytes = mutateText(r, bytes, op > 5 ? 3 : op);
      ops.push(['deleteLine', 'duplicateLine', 'swapLines', 'token', 'deleteChar', 'reencode', 'token'][op]);
    }
  }
  return { file, ops, bytes };
}

/**
 * Reads, applies and writes the case; the result line names the input, the mutations, the shape
 * and the SHA-256 of what the writer wrote, and whether reading that back gives the same bytes
 * again (`stable`). A bad input throws.
 */
export function fuzzOutcome(input: FuzzInput): string {
  const file = parseRegFile(input.bytes);
  const snapshot = regFileToSnapshot(file);
  const written = writeRegFile(snapshot);
  const again = writeRegFile(regFileToSnapshot(parseRegFile(written)));
  let values = 0;
  for (const k of snapshot.keys) values += k.values.length;
  const stable = host.bytesEqual(written, again) ? 'stable' : 'UNSTABLE';
  return `ok ${file.encoding} keys=${snapshot.keys.length} values=${values} ${stable} ${host.sha256Hex(written)}`;
}

export function fuzzCase(seed: number, n: number): string {
  const input = fuzzInput(seed, n);
  return `${n} ${input.file} ${input.ops.join('+')} ${fuzzOutcome(input)}`;
}
