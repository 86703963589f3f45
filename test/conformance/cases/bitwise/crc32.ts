// CRC-32 (IEEE, reflected) with a computed table: heavy use of >>>, ^ and & on values >= 0x80000000.
// Pitfall: every intermediate must stay an int32/uint32 exactly as in JS.
function makeTable(): number[] {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = (c & 1) === 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table.push(c >>> 0);
  }
  return table;
}
function crc32(table: number[], s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    crc = table[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
export function main(): { crcs: number[]; hex: string[]; t: number[] } {
  const table = makeTable();
  const words = ['', 'a', '123456789', 'The quick brown fox jumps over the lazy dog', 'Winsock2'];
  const crcs: number[] = [];
  const hex: string[] = [];
  for (const w of words) {
    const c = crc32(table, w);
    crcs.push(c);
    hex.push(c.toString(16));
  }
  return { crcs, hex, t: [table[0], table[1], table[128], table[255]] };
}
