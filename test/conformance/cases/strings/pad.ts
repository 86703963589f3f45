// padStart / padEnd with default and custom fill, multi-char fill, target shorter than the string.
// Pitfall: .NET PadLeft takes only one char; multi-char fills are truncated to fit in JS.
export function main(): string[] {
  return [
    '5'.padStart(3, '0'), '5'.padStart(3), 'abc'.padStart(2, '0'), 'abc'.padEnd(8, '12'), 'abc'.padStart(8, '12'), 'x'.padEnd(4),
    'ff'.padStart(8, '0'), ''.padStart(3, 'ab'), 'abc'.padStart(6, ''), '中'.padStart(3, '文'), '7'.padEnd(3, '😀'),
  ];
}
