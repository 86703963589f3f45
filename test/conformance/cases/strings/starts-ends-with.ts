// startsWith / endsWith: case-sensitive, empty strings, longer needle, non-ASCII.
// Pitfall: .NET StartsWith(string) is culture-sensitive by default; must be ordinal.
export function main(): boolean[] {
  const s = 'MSAFD Tcpip [TCP/IP]';
  return [
    s.startsWith('MSAFD'), s.startsWith('msafd'), s.startsWith(''), s.endsWith('[TCP/IP]'), s.endsWith('[tcp/ip]'), s.endsWith(''),
    'ab'.startsWith('abc'), ''.startsWith(''), ''.endsWith('a'), '中文'.startsWith('中'), 'x😀'.endsWith('😀'),
    'a\u00adb'.startsWith('ab'), '\u0000x'.startsWith('\u0000'),
  ];
}
