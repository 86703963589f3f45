// charAt, charCodeAt, s[i] and length, in range and out of range, on ASCII, Chinese and surrogate pairs.
// Pitfall: PowerShell string indexing returns [char] (not string) and throws or returns $null out of range.
export function main(): { at: string[]; codes: number[]; idx: string[]; lens: number[]; nan: boolean } {
  const s = 'Héllo中😀';
  const at: string[] = [];
  const codes: number[] = [];
  const idx: string[] = [];
  for (let i = 0; i < s.length; i++) {
    at.push(s.charAt(i));
    codes.push(s.charCodeAt(i));
    idx.push(s[i]);
  }
  at.push(s.charAt(99), s.charAt(-1));
  const lens = [s.length, ''.length, '😀'.length, '中文'.length, s[0].length];
  return { at, codes, idx, lens, nan: Number.isNaN(s.charCodeAt(99)) };
}
