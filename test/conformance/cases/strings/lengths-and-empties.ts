// Empty strings everywhere: length 0, comparisons, methods on '', join of empty array, split of ''.
// Pitfall: '' and $null are interchangeable in PowerShell ([string]$null is ''); they are not in JS.
export function main(): { vals: (string | number | boolean)[]; arr: string[][] } {
  const e = '';
  const vals: (string | number | boolean)[] = [
    e.length, e === '', e.toUpperCase(), e.trim(), e.slice(0), e.indexOf(''), e.includes('a'), e.padEnd(2, 'x'), e + e,
    [].join(','), [e].join(','), [e, e].join(','), e < 'a', e.charAt(0), e.startsWith(''), e.repeat(3).length,
  ];
  return { vals, arr: [e.split(','), e.split(''), [e]] };
}
