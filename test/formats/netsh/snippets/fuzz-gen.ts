// Seeded mutations of the netsh corpus, written in the compilable subset so that the very same
// cases run in Node (thousands, fuzz.test.ts) and, compiled, in pwsh (a batch, fuzz-batch.ts).
// Mutations: truncation (text and bytes), deleted / duplicated / swapped / shuffled lines, replaced
// and deleted characters, inserted garbage lines, random bytes, re-encoding via host.encodeText.
import { host } from '../../../../src/host/host.js';
import type { Bytes } from '../../../../src/host/primitives.js';
import { readNetshCatalog } from '../../../../src/core/formats/netsh/reader.js';
import type { Catalogs } from '../../../../src/core/model/catalog.js';
import { netshFixtureBytes } from './fixture.js';

/** The corpus files the fuzzer mutates (fuzz.test.ts checks this is every fixture). */
export const FUZZ_FIXTURES = [
  'en-af-unix-truncated.txt',
  'en-lavasoft-no32.txt',
  'en-truncated-lavasoft-layered.txt',
  'en-win10-14393-base.txt',
  'en-win10-astrill-lsp.txt',
  'en-win10-hyperv32.crlf.txt',
  'en-win10-lavasoft-lsp.crlf.txt',
  'en-win7-internals-namespace.txt',
  'garbage-dashes.txt',
  'garbage-prose.txt',
  'zh-cn-sangfor-lsp-truncated.utf8bom.txt',
  'zh-cn-win10-32bit.gbk.txt',
  'zh-cn-win10-32bit.txt',
  'zh-cn-win10-32bit.utf16.txt',
];

const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'ansi'];
/** Characters that matter to the reader (separators, dashes, digits, markers, line breaks) and some that do not. */
const ALPHABET = [':', '\uFF1A', '-', '-', '0', '7', '9', 'x', 'F', ' ', '\t', '\n', '\r', '{', '}', '(', ')', '3', '2', 'A', '\u9879', '\u0000', '\u00A0', '>', '.'];
const HEX = '0123456789abcdef';

/** Park-Miller minimal standard generator (state 1..2^31-2; products stay below 2^53). */
export interface Rng {
  s: number;
}

export function newRng(seed: number): Rng {
  const s = seed % 2147483647;
  return { s: s <= 0 ? s + 2147483646 : s };
}

/** A number in 0..n-1 (n >= 1). */
export function randInt(rng: Rng, n: number): number {
  rng.s = (rng.s * 48271) % 2147483647;
  return rng.s % n;
}

function randomText(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALPHABET[randInt(rng, ALPHABET.length)];
  }
  return out;
}

function randomHexBytes(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += HEX.charAt(randInt(rng, 16)) + HEX.charAt(randInt(rng, 16));
  }
  return out;
}

/** One text-level mutation; returns the new text and appends its name to `ops`. */
function mutateText(rng: Rng, text: string, ops: string[]): string {
  const lines = text.split('\n');
  const kind = randInt(rng, 8);
  const at = randInt(rng, lines.length);
  switch (kind) {
    case 0: {
      ops.push('truncate');
      return text.slice(0, randInt(rng, text.length + 1));
    }
    case 1: {
      ops.push('delete-line');
      return lines.filter((l, i) => i !== at).join('\n');
    }
    case 2: {
      ops.push('duplicate-line');
      const out = lines.slice(0, at + 1);
      out.push(lines[at]);
      return out.concat(lines.slice(at + 1)).join('\n');
    }
    case 3: {
      ops.push('swap-lines');
      const other = randInt(rng, lines.length);
      const out = lines.slice(0);
      out[at] = lines[other];
      out[other] = lines[at];
      return out.join('\n');
    }
    case 4: {
      ops.push('shuffle-window');
      const out = lines.slice(0);
      const end = Math.min(lines.length, at + 2 + randInt(rng, 16));
      for (let i = end - 1; i > at; i--) {
        const j = at + randInt(rng, i - at + 1);
        const t = out[i];
        out[i] = out[j];
        out[j] = t;
      }
      return out.join('\n');
    }
    case 5: {
      ops.push('replace-chars');
      let t = text;
      const count = 1 + randInt(rng, 4);
      for (let k = 0; k < count; k++) {
        const p = randInt(rng, t.length + 1);
        t = t.slice(0, p) + ALPHABET[randInt(rng, ALPHABET.length)] + t.slice(p + 1);
      }
      return t;
    }
    case 6: {
      ops.push('insert-line');
      const out = lines.slice(0, at);
      out.push(randomText(rng, randInt(rng, 40)));
      return out.concat(lines.slice(at)).join('\n');
    }
    default: {
      ops.push('delete-range');
      const p = randInt(rng, text.length + 1);
      return text.slice(0, p) + text.slice(p + 1 + randInt(rng, 200));
    }
  }
}

/** One byte-level mutation of the text encoded in a random encoding, decoded again as a file would be. */
function mutateBytes(rng: Rng, text: string, ops: string[]): string {
  const encoding = ENCODINGS[randInt(rng, ENCODINGS.length)];
  let bytes: Bytes = host.encodeText(text, encoding);
  const kind = randInt(rng, 3);
  if (kind === 0) {
    ops.push(`bytes-truncate:${encoding}`);
    bytes = host.bytesSlice(bytes, 0, randInt(rng, bytes.length + 1));
  } else if (kind === 1) {
    ops.push(`bytes-random:${encoding}`);
    const count = 1 + randInt(rng, 8);
    for (let k = 0; k < count; k++) {
      const p = randInt(rng, bytes.length + 1);
      bytes = host.bytesConcat([host.bytesSlice(bytes, 0, p), host.hexToBytes(randomHexBytes(rng, 1)), host.bytesSlice(bytes, p + 1, bytes.length)]);
    }
  } else {
    ops.push(`reencode:${encoding}`);
  }
  return host.decodeText(bytes).text;
}

/** The input of fuzz case `n` (deterministic for a seed): 1..3 mutations of one corpus file. */
export function fuzzInput(seed: number, n: number, corpus: string[]): { text: string; ops: string[] } {
  const rng = newRng(seed + n * 7919);
  const ops: string[] = [];
  const file = randInt(rng, corpus.length);
  ops.push(FUZZ_FIXTURES[file]);
  let text = corpus[file];
  const count = 1 + randInt(rng, 3);
  for (let k = 0; k < count; k++) {
    if (randInt(rng, 4) === 0) {
      text = mutateBytes(rng, text, ops);
    } else {
      text = mutateText(rng, text, ops);
    }
  }
  if (randInt(rng, 50) === 0) {
    ops.push('random-bytes');
    text = host.decodeText(host.hexToBytes(randomHexBytes(rng, randInt(rng, 600)))).text;
  }
  return { text, ops };
}

/** The corpus texts as the fuzzer starts from them. */
export function fuzzCorpus(): string[] {
  return FUZZ_FIXTURES.map((f) => host.decodeText(netshFixtureBytes(f)).text);
}

/** Everything a Catalogs result says, as one string (compared between engines through its SHA-256). */
export function catalogsDigest(c: Catalogs): string {
  const parts: string[] = [];
  for (const e of c.protocolEntries) {
    parts.push(
      [e.catalog, e.catalogEntryId, e.entryType, e.chainLen, e.chainEntries.join(','), e.addressFamily, e.socketType, e.protocol,
        e.serviceFlags1, e.version, e.maxSockAddr, e.minSockAddr, e.providerId, e.libraryPath, e.protocolName].join('|'),
    );
  }
  for (const s of c.nameSpaceEntries) {
    parts.push([s.catalog, s.displayString, s.providerId, s.nameSpace, s.enabled ? 'on' : 'off', s.version].join('|'));
  }
  for (const h of c.headers) {
    parts.push(`header ${h.catalog}`);
  }
  for (const i of c.decodeIssues) {
    parts.push(`${i.id} ${i.catalog === null ? '-' : i.catalog} ${i.message}`);
  }
  parts.push(c.limitations.join(' '));
  return parts.join('\n');
}

/** The outcome of one case: `ok <entries> <issues> <sha256 of the digest>` or `error <message>`. */
export function fuzzOutcome(text: string, n: number): string {
  const read = readNetshCatalog(text, `fuzz-${n}`);
  if (read.catalogs === null) {
    return `error ${read.error === null ? '' : read.error}`;
  }
  const c = read.catalogs;
  const digest = host.sha256Hex(host.encodeText(catalogsDigest(c), 'utf8'));
  return `ok ${c.protocolEntries.length + c.nameSpaceEntries.length} ${c.decodeIssues.length} ${digest}`;
}
