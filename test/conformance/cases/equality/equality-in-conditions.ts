// Equality results used as conditions and stored as booleans; chains of === with && and ||.
// Pitfall: PowerShell -eq on an array left side returns matching elements (truthy/falsy), not a boolean.
function classify(x: number, s: string): string {
  if (x === 0 && s === '') {
    return 'both-empty';
  } else if (x === 0 || s === '') {
    return 'one-empty';
  } else if (x !== 1 && s !== 'one') {
    return 'other';
  }
  return 'one';
}
export function main(): (string | boolean)[] {
  const flags = [1 === 1, 1 !== 1, 'a' === 'a'];
  const allTrue = flags[0] === true && flags[2] === true;
  return [classify(0, ''), classify(0, 'x'), classify(5, ''), classify(5, 'x'), classify(1, 'one'), classify(2, 'one'), allTrue, flags[1] === false];
}
