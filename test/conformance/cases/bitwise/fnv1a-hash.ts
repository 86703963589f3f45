// FNV-1a 32-bit hash using shifts instead of Math.imul, over ASCII and non-ASCII strings.
// Pitfall: intermediate values above 2^31 and the final >>> 0 must wrap exactly like int32/uint32.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
  }
  return h;
}
export function main(): { hashes: number[]; hex: string[] } {
  const inputs = ['', 'a', 'foobar', 'Winsock2', 'MSAFD Tcpip [TCP/IP]', '中文', '😀', 'a'.repeat(100)];
  const hashes: number[] = [];
  const hex: string[] = [];
  for (const s of inputs) {
    const h = fnv1a(s);
    hashes.push(h);
    hex.push(h.toString(16).padStart(8, '0'));
  }
  return { hashes, hex };
}
