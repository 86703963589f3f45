// Fuzz in both engines: a few hundred damaged PackedCatalogItems (truncated, overwritten 4-byte
// windows, random bytes of random length) decoded and re-encoded. Every outcome must be a result
// (W2D11xx issues at most) and the round trip exact; both engines must agree on every case.
import { host } from '../../../../src/host/host.js';
import type { Bytes } from '../../../../src/host/primitives.js';
import { decodePackedCatalogItem, encodePackedCatalogItem } from '../../../../src/core/formats/packed-catalog-item.js';

const BASE_FIELDS = {
  libraryPath: '%SystemRoot%\\system32\\mswsock.dll',
  serviceFlags1: 0x20066,
  serviceFlags2: 0,
  serviceFlags3: 0,
  serviceFlags4: 0,
  providerFlags: 8,
  providerId: '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}',
  catalogEntryId: 1001,
  chainLen: 1,
  chainEntries: [0, 0, 0, 0, 0, 0, 0],
  version: 2,
  addressFamily: 2,
  maxSockAddr: 16,
  minSockAddr: 16,
  socketType: 1,
  protocol: 6,
  protocolMaxOffset: 0,
  networkByteOrder: 0,
  securityScheme: 0,
  messageSize: 0,
  providerReserved: 0,
  szProtocol: 'MSAFD Tcpip [TCP/IP]',
};

/** Park-Miller minimal standard generator: exact in doubles in both engines. */
function next(seed: number): number {
  return (seed * 48271) % 2147483647;
}

function describeCase(bytes: Bytes): string {
  const d = decodePackedCatalogItem(bytes);
  const again = encodePackedCatalogItem(d.fields);
  const ids = d.issues.map((i) => i.id).join(',');
  const f = d.fields;
  return `${bytes.length}|${ids}|${host.bytesEqual(again, bytes)}|${f.catalogEntryId}|${f.chainLen}|${f.protocol}|${f.libraryPath.length}|${f.szProtocol.length}|${f.providerId}`;
}

export function main(): { cases: number; results: string[] } {
  const base = encodePackedCatalogItem(BASE_FIELDS);
  const results: string[] = [];
  let seed = 20261125;
  // Truncations at 120 pseudo-random lengths, plus the boundaries.
  const lengths = [0, 1, 259, 260, 261, 887];
  for (let i = 0; i < 120; i++) {
    seed = next(seed);
    lengths.push(seed % 888);
  }
  for (const n of lengths) {
    results.push(describeCase(host.bytesSlice(base, 0, n)));
  }
  // 1-4 overwritten 4-byte windows (values across the whole uint32 range).
  for (let i = 0; i < 120; i++) {
    const copy = host.bytesSlice(base, 0, base.length);
    seed = next(seed);
    const writes = 1 + (seed % 4);
    for (let w = 0; w < writes; w++) {
      seed = next(seed);
      const offset = seed % 885;
      seed = next(seed);
      host.writeU32LE(copy, offset, seed * 2 + (w % 2));
    }
    results.push(describeCase(copy));
  }
  // Random bytes of random length (0..1100), 40 items.
  for (let i = 0; i < 40; i++) {
    seed = next(seed);
    const words = seed % 276;
    let hex = '';
    for (let w = 0; w < words; w++) {
      seed = next(seed);
      hex += (seed * 2).toString(16).padStart(8, '0');
    }
    results.push(describeCase(host.hexToBytes(hex)));
  }
  // All 0xFF, all zero, long items.
  results.push(describeCase(host.hexToBytes('ff'.repeat(888))));
  results.push(describeCase(host.bytesAlloc(888)));
  results.push(describeCase(host.bytesConcat([base, host.hexToBytes('0102030405')])));
  return { cases: results.length, results };
}
