// Hex formatting idioms: padStart to 2/4/8 digits, toUpperCase, '0x' prefixes, bytes of a number.
// Pitfall: combining toString(16) with padStart and toUpperCase must give exactly JS's strings.
function hex(n: number, width: number): string {
  return '0x' + (n >>> 0).toString(16).toUpperCase().padStart(width, '0');
}
export function main(): string[] {
  const out: string[] = [hex(0, 8), hex(255, 2), hex(4096, 4), hex(-1, 8), hex(0x80000000, 8), hex(1, 1)];
  const v = 0x12ab34cd;
  const bytes: string[] = [];
  for (let i = 0; i < 4; i++) {
    bytes.push(((v >>> (i * 8)) & 0xff).toString(16).padStart(2, '0'));
  }
  out.push(bytes.join(' '));
  return out;
}
