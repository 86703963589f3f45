// Strings containing NUL characters: length, indexOf, split, slice, equality, concatenation.
// Pitfall: NUL-terminated handling in .NET interop or the output writer would cut the string.
export function main(): { s: string; len: number; parts: string[]; sliced: string; eq: boolean; codes: number[] } {
  const s = 'a\u0000b\u0000\u0000c';
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    codes.push(s.charCodeAt(i));
  }
  return { s, len: s.length, parts: s.split('\u0000'), sliced: s.slice(1, 3), eq: s === 'a' + '\u0000' + 'b\u0000\u0000c', codes };
}
