// split with string separators: empty fields, separator at the ends, multi-char separators, empty separator.
// Pitfall: PowerShell -split uses regex and drops nothing; .Split(string) with char overloads; '' separator.
export function main(): string[][] {
  return [
    'a,b,,c'.split(','), ',a,'.split(','), ''.split(','), 'abc'.split(''), 'a::b::c'.split('::'), 'a.b.c'.split('.'),
    'a|b'.split('|'), 'a*b'.split('*'), 'one two  three'.split(' '), 'noseparator'.split(','), 'x😀y'.split(''),
    'a\r\nb\nc'.split('\n'), 'aXbxc'.split('x'), ''.split(''), 'a+b'.split('+'), 'a\\b'.split('\\'), 'a$b'.split('$'),
  ];
}
