// Several problems in one file, all reported in one run: var, loose equality, typeof, a truthy condition,
// a string throw, for-in and a nested function, in old-style JavaScript written as TypeScript.
interface Settings {
  name: string;
  retries: number;
}

export function main(): number {
  var total = 0; // @expect PSC1027:3
  const s: Settings = { name: 'x', retries: 3 };
  for (const key in s) { // @expect PSC1007:3
    total += key.length;
  }
  if (s.retries == 3) { // @expect PSC1015
    total++;
  }
  if (typeof s.name === 'string') { // @expect PSC1029:7
    total++;
  }
  if (s.name) { // @expect PSC1009:7
    total++;
  }
  function helper(n: number): number { // @expect PSC1016:3
    return n * 2;
  }
  if (total < 0) {
    throw 'negative'; // @expect PSC1022:5
  }
  return helper(total);
}
