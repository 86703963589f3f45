// PSC1009: conditions that are not booleans: if(number), while(string), !object, ternary on a number, && and || on non-booleans.
interface Box {
  v: number;
}

export function main(): (number | string | boolean)[] {
  const n = 3;
  let s = 'abc';
  const box: Box = { v: 1 };
  const out: (number | string | boolean)[] = [];
  if (n) { // @expect PSC1009:7
    out.push('n');
  }
  while (s) { // @expect PSC1009:10
    s = s.slice(1);
  }
  const missing = !box; // @expect PSC1009
  const pick = n ? 'yes' : 'no'; // @expect PSC1009:16
  const both = n && s; // @expect PSC1009
  const either = s || 'default'; // @expect PSC1009
  out.push(missing, pick, both, either);
  if (n > 0) {
    out.push(n > 2 && s === '');
  }
  return out;
}
