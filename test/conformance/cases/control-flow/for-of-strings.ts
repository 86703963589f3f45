// for-of over a string yields one string per code point (surrogate pairs stay together).
// Pitfall: PowerShell foreach over a string or .ToCharArray() yields [char]s and splits pairs.
export function main(): { chars: string[]; codes: number[]; count: number } {
  const chars: string[] = [];
  const codes: number[] = [];
  for (const ch of 'aZ 中😀\u0000!') {
    chars.push(ch);
    codes.push(ch.charCodeAt(0));
  }
  let count = 0;
  for (const ch of '') {
    count += ch.length;
  }
  return { chars, codes, count };
}
