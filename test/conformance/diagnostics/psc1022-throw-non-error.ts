// PSC1022: throw of anything but `new Error(message)`: a string, a number, an object literal.
function check(n: number): number {
  if (n === 1) {
    throw 'string'; // @expect PSC1022:5
  }
  if (n === 2) {
    throw 42; // @expect PSC1022:5
  }
  if (n === 5) {
    throw { code: 1 }; // @expect PSC1022:5
  }
  if (n === 6) {
    throw new Error('fine');
  }
  return n;
}

export function main(): number {
  return check(3);
}
