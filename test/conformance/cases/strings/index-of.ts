// indexOf / lastIndexOf / includes: case-sensitive, empty needle, fromIndex, not found, non-ASCII.
// Pitfall: .NET IndexOf(string) is culture-sensitive (ignores some characters); must be ordinal.
export function main(): { idx: number[]; inc: boolean[] } {
  const s = 'Hello, hello, HELLO';
  const idx = [
    s.indexOf('hello'), s.indexOf('Hello'), s.indexOf('HELLO'), s.indexOf('x'), s.indexOf(''), s.lastIndexOf('ello'),
    s.lastIndexOf('H'), s.lastIndexOf(''), s.indexOf('l', 5), s.indexOf('hello', 8), s.lastIndexOf('l', 5), '中文中'.indexOf('文'),
    '中文中'.lastIndexOf('中'), 'a\u0000b'.indexOf('\u0000'), 'ae\u00e6'.indexOf('\u00e6'), 'strasse'.indexOf('ß'), 'a\u00adb'.indexOf('ab'),
    'x😀y'.indexOf('y'),
  ];
  const inc = [s.includes('hello'), s.includes('HeLLo'), s.includes(''), ''.includes(''), 'a\u00adb'.includes('ab'), 'Straße'.includes('SS')];
  return { idx, inc };
}
