// Several control-flow problems: a labeled loop, a switch that falls through, a catch variable used whole and a generator,
// in one file next to supported break/continue and grouped cases.
function* gen(): Generator<number> { // @expect PSC1004:1
  yield 1; // @expect PSC1004:3
}

export function main(): string[] {
  const out: string[] = [];
  rows: for (let r = 0; r < 2; r++) { // @expect PSC1023:3
    for (let c = 0; c < 2; c++) {
      if (c === 1) {
        break rows;
      }
      out.push(`${r}${c}`);
    }
  }
  for (const k of ['a', 'b', 'c']) {
    switch (k) {
      case 'a': // @expect PSC1017:7
        out.push('a');
      case 'b':
        out.push('a or b');
        break;
      case 'c':
      default:
        out.push('other');
        break;
    }
  }
  try {
    out.push('try');
  } catch (e) {
    out.push(String(e)); // @expect PSC1011:21
  }
  return out;
}
