// Packing and unpacking 32-bit values from bytes with shifts and masks (little-endian), high byte >= 0x80.
// Pitfall: b3 << 24 is negative when b3 >= 0x80; the result must be fixed with >>> 0.
function pack(b0: number, b1: number, b2: number, b3: number): number {
  return (b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)) >>> 0;
}
function packSigned(b0: number, b1: number, b2: number, b3: number): number {
  return b0 | (b1 << 8) | (b2 << 16) | (b3 << 24);
}
function unpack(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}
export function main(): { packed: number[]; signed: number[]; bytes: number[][] } {
  const packed = [pack(0x78, 0x56, 0x34, 0x12), pack(0xff, 0xff, 0xff, 0xff), pack(0, 0, 0, 0x80), pack(0xef, 0xbe, 0xad, 0xde)];
  const signed = [packSigned(0xff, 0xff, 0xff, 0xff), packSigned(0, 0, 0, 0x80), packSigned(1, 0, 0, 0)];
  const bytes = [unpack(0x12345678), unpack(0xdeadbeef), unpack(-1), unpack(-2147483648)];
  return { packed, signed, bytes };
}
