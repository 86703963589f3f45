// String equality with values from different sources: concatenation, slice, toLowerCase, template, fromCharCode.
// Pitfall: [char] vs [string] comparisons ('a'[0] is [char] in PowerShell) and culture-insensitive equals.
export function main(): boolean[] {
  const s = 'Winsock';
  const t = 'Win' + 'sock';
  return [
    s === t, s[0] === 'W', s.charAt(0) === 'W', s[0] === 'w', s.toLowerCase() === 'winsock', `${'Win'}sock` === s,
    String.fromCharCode(87) === s[0], s.slice(0, 3) === 'Win', s.slice(0, 3) === 'WIN', s.length === 7, s[1] !== 'I',
  ];
}
