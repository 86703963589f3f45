// String literal escapes: \n \r \t \\ \' \" \0 \xNN \uNNNN \u{...}, in single- and double-quoted literals.
// Pitfall: PowerShell escapes with backtick in "..." and doubles quotes in '...'; lengths and code units must match JS.
export function main(): { strings: string[]; lengths: number[]; codes: number[][] } {
  const strings: string[] = [
    'line1\nline2', 'cr\rlf', 'tab\there', 'back\\slash', 'it\'s', "say \"hi\"", 'nul\0byte', '\x41\x42',
    '\u00e9t\u00e9', '\u{1F600}', "mixed 'single' and \"double\"", '',
  ];
  const lengths: number[] = [];
  const codes: number[][] = [];
  for (const s of strings) {
    lengths.push(s.length);
    const c: number[] = [];
    for (let i = 0; i < s.length; i++) {
      c.push(s.charCodeAt(i));
    }
    codes.push(c);
  }
  return { strings, lengths, codes };
}
