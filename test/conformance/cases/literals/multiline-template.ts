// A template string spanning several lines, with indentation and an interpolation on each line.
// Pitfall: line endings must be \n (not \r\n) and leading spaces preserved.
export function main(): { text: string; lines: string[]; length: number } {
  const a = 1;
  const b = 'two';
  const text = `first ${a}
  second ${b}
    third ${a + 2}
`;
  return { text, lines: text.split('\n'), length: text.length };
}
