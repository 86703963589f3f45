// replaceAll with string patterns: every occurrence, case-sensitive, special characters, empty pattern.
// Pitfall: PowerShell -replace is a case-insensitive regex; .Replace is fine but '' pattern throws in .NET.
export function main(): string[] {
  return [
    'a.b.c'.replaceAll('.', '-'), 'aAaA'.replaceAll('a', 'x'), 'a*b*c'.replaceAll('*', '+'), 'x(y)z'.replaceAll('(', '['),
    'abc'.replaceAll('', '-'), 'aaa'.replaceAll('aa', 'b'), 'hello'.replaceAll('l', ''), 'C:\\dir\\file'.replaceAll('\\', '/'),
    '中文中'.replaceAll('中', 'zh'), 'none'.replaceAll('x', 'y'), 'a\u0000b\u0000'.replaceAll('\u0000', '0'), '[a]'.replaceAll('[a]', 'ok'),
  ];
}
