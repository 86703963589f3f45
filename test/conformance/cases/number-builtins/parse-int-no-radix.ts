// parseInt without a radix: decimal, except that a 0x/0X prefix (after optional sign and whitespace) means hex.
// Pitfall: the subset lists radix 10 or 16; the radix-less form must auto-detect hex like JS (or be rejected).
export function main(): string[] {
  const inputs = ['42', '0x1F', '0X10', '-0x10', '  0xff', '010', '0b11', '1e3', '12.9', 'x10', ''];
  const out: string[] = [];
  for (const s of inputs) {
    out.push(String(parseInt(s)));
  }
  return out;
}
