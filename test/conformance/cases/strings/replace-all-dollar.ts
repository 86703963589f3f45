// replaceAll replacement strings containing $ patterns: $$ -> $, $& -> match, $` and $' -> context, $1 stays.
// Pitfall: JS interprets $-patterns in string replacements; .NET Replace does not, -replace uses $1/$0.
export function main(): string[] {
  return [
    'a-b'.replaceAll('-', '$$'), 'a-b'.replaceAll('-', '[$&]'), 'a-b'.replaceAll('-', '$`'), "a-b".replaceAll('-', "$'"),
    'a-b'.replaceAll('-', '$1'), 'a-b'.replaceAll('-', '$'), 'price'.replaceAll('price', '$5.00'), 'x'.replaceAll('x', '$$$'),
    'a-b-c'.replaceAll('-', '<$&$&>'), 'a-b'.replaceAll('-', '$0'),
  ];
}
