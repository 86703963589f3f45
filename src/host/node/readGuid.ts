import type { Bytes } from '../primitives.js';

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}

/** A Windows-layout GUID (Data1-3 little-endian) at `offset` as `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`, upper case. */
export function readGuid(bytes: Bytes, offset: number): string {
  if (!Number.isSafeInteger(offset)) throw new Error('W2D9006: offset must be an integer');
  if (offset < 0 || offset + 16 > bytes.length) {
    throw new Error(`W2D9001: read of 16 bytes at offset ${offset} is outside a buffer of ${bytes.length} bytes`);
  }
  const b = (i: number): number => bytes[offset + i];
  const data1 = (b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24)) >>> 0;
  const data2 = b(4) | (b(5) << 8);
  const data3 = b(6) | (b(7) << 8);
  let tail1 = '';
  for (let i = 8; i < 10; i++) tail1 += hex(b(i), 2);
  let tail2 = '';
  for (let i = 10; i < 16; i++) tail2 += hex(b(i), 2);
  return `{${hex(data1, 8)}-${hex(data2, 4)}-${hex(data3, 4)}-${tail1}-${tail2}}`;
}
