// Non-ASCII literals: Chinese, emoji (surrogate pairs), combining marks, RTL, BOM-like characters.
// Pitfall: the emitted .ps1 encoding (5.1 reads BOM-less files as ANSI) and UTF-16 lengths.
export function main(): { s: string[]; len: number[]; first: number[] } {
  const s = ['中文字符', '😀👍🏽', 'e\u0301', 'שלום', '\uFEFFbom', 'Ünïcödé', '日本語テキスト', '𝔘𝔫𝔦'];
  const len: number[] = [];
  const first: number[] = [];
  for (const x of s) {
    len.push(x.length);
    first.push(x.charCodeAt(0));
  }
  return { s, len, first };
}
