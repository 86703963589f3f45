// trim / trimStart / trimEnd with spaces, tabs, newlines, NBSP, BOM, line separator and NUL.
// Pitfall: .NET Trim() set differs from JS (U+FEFF is trimmed by JS; NUL is trimmed by neither).
export function main(): string[] {
  const s = ' \t\n\r\u00a0\ufeff x y \u2028\u3000 ';
  const n = '\u0000 a \u0000';
  return [s.trim(), s.trimStart(), s.trimEnd(), n.trim(), ''.trim(), '   '.trim(), 'a'.trim(), '\u200bzero\u200b'.trim(), '\u180eb\u180e'.trim()];
}
